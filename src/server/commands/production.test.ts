// The production build as an operator ships it: `npm run build` in a clean copy, `npm pack`, the package
// installed with the production dependencies only (`npm ci --omit=dev`) in a folder of its own, and the
// documented `npm run start:prod` command run from there: no tsx, no Vite, no source.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/emulator-fixture';
import { freePort, NO_SERVICE_KEY, spawnNode, type Spawned } from '../testing/spawn';

const run = promisify(execFile);
const REPO = process.cwd();
const running: Spawned[] = [];
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.kill('SIGKILL');
  while (cleanups.length) await cleanups.pop()!();
});

let installed = '';
let packed: string[] = [];
const env = { ...process.env, NODE_ENV: 'production', npm_config_loglevel: 'error', npm_config_update_notifier: 'false' };

beforeAll(async () => {
  // A clean copy of what the build reads; node_modules is the repository's own (dev dependencies for the build).
  const stage = tempDir('aicore-stage-');
  for (const entry of ['package.json', 'package-lock.json', 'index.html', 'vite.config.ts', 'tsconfig.json', 'public', 'src'])
    if (fs.existsSync(path.join(REPO, entry))) fs.cpSync(path.join(REPO, entry), path.join(stage, entry), { recursive: true });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
  await run('npm', ['run', 'build'], { cwd: stage, env, maxBuffer: 16 << 20 });
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', stage], {
    cwd: stage,
    env,
    maxBuffer: 16 << 20,
  });
  const [pack] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  packed = pack!.files.map((f) => f.path);

  installed = tempDir('aicore-prod-');
  await run('tar', ['-xzf', path.join(stage, pack!.filename), '-C', installed, '--strip-components=1']);
  // npm never packs package-lock.json; a deployment ships it beside the package (see deploy/Dockerfile).
  fs.copyFileSync(path.join(REPO, 'package-lock.json'), path.join(installed, 'package-lock.json'));
  await run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: installed,
    env,
    maxBuffer: 16 << 20,
  });
  fs.rmSync(stage, { recursive: true, force: true });
}, 300_000);
afterAll(() => fs.rmSync(installed, { recursive: true, force: true }));

/** `npm run start:prod` exactly as package.json has it, run with node from the installed folder. */
function startProd(args: string[], opts: { env?: NodeJS.ProcessEnv; ready?: RegExp } = {}) {
  const script = (JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[
    'start:prod'
  ]!.split(' ');
  expect(script[0]).toBe('node');
  return spawnNode([...script.slice(1), ...args], {
    cwd: installed,
    env: { ...NO_SERVICE_KEY, NODE_ENV: 'production', ...opts.env },
    ready: opts.ready ?? /AI Core Secrets Console: (\S+)/,
    timeoutMs: 30_000,
  });
}

const scope = { 'AI-Tenant-Scope': 'true' };
const write = { ...scope, 'content-type': 'application/json', 'x-console-request': '1' };
const names = async (url: string) =>
  ((await (await fetch(`${url}/api/v2/admin/secrets`, { headers: scope })).json()) as { resources: { name: string }[] }).resources.map(
    (s) => s.name,
  );

/** A slow AI Core: it answers a list only when the test says so. */
async function slowUpstream() {
  let arrived!: () => void;
  const requestArrived = new Promise<void>((r) => (arrived = r));
  const held: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    res.setHeader('content-type', 'application/json');
    if (req.url === '/oauth/token') return res.end(JSON.stringify({ access_token: 'slow-upstream-token', expires_in: 3600 }));
    held.push(res);
    arrived();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  cleanups.push(() => {
    for (const res of held) res.destroy();
    server.closeAllConnections();
    return new Promise((r) => server.close(r));
  });
  const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return {
    key: JSON.stringify({ clientid: 'c', clientsecret: 's', url, serviceurls: { AI_API_URL: url } }),
    requestArrived,
    answer: () => held.shift()!.setHeader('x-request-id', 'aicore-slow-1').end('{"count":1,"resources":[{"name":"answered-late"}]}'),
  };
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('the production build, installed without dev dependencies', () => {
  it('packs the built app and the compiled server, and installs none of the build tools', () => {
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'dist/index.html', 'dist/.ssr/entry-server.js', 'dist-server/cli.js']));
    expect(packed.filter((f) => f.startsWith('src/'))).toEqual([]);
    const has = (pkg: string) => fs.existsSync(path.join(installed, 'node_modules', pkg, 'package.json'));
    for (const runtime of ['hono', '@hono/node-server', 'zod', 'pino']) expect(has(runtime), runtime).toBe(true);
    for (const devOnly of ['tsx', 'vite', 'typescript', 'esbuild', 'react', '@mantine/core', 'vitest'])
      expect(has(devOnly), devOnly).toBe(false);
  });

  it('npm run start:prod serves the app and creates, lists and deletes a secret', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const proc = await startProd(['--port', String(port), '--data-dir', tempDir()]);
    running.push(proc);
    const url = proc.match[1]!;
    // The overview, drawn by the server (decision 0076) once its renderer has loaded in the background: the
    // renderer runs without React or Mantine installed. Before that, the page goes undrawn.
    let drawn = '';
    let pageLoads = 0;
    for (let i = 0; i < 100 && !drawn.includes('id="first-screen-data"'); i++) {
      if (i) await new Promise((r) => setTimeout(r, 100));
      drawn = await (await fetch(url)).text();
      pageLoads++;
      expect(drawn).toContain('<div id="root">');
    }
    expect(drawn).toMatch(/<h2[^>]*>Overview<\/h2>/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const created = await fetch(`${url}/api/v2/admin/secrets`, {
      method: 'POST',
      headers: write,
      body: JSON.stringify({ name: 'shipped-secret', data: { token: 'cHJvZHVjdGlvbg==' } }),
    });
    expect(created.status).toBe(200);
    expect(await names(url)).toContain('shipped-secret');
    const deleted = await fetch(`${url}/api/v2/admin/secrets/shipped-secret`, { method: 'DELETE', headers: write });
    expect(deleted.status).toBe(200);
    expect(await names(url)).not.toContain('shipped-secret');

    const lines = proc
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = lines.filter((l) => l.msg === 'request');
    // The drawn page's reads of the status and the summary, under the page's own request id.
    const pageReads = requests.filter((l) => /^\/api\/c\/:connection\/(console|summary)$/.test(String(l.route)));
    expect(pageReads.map((l) => `${l.method} ${l.status}`)).toEqual(['GET 200', 'GET 200']);
    const pageLine = requests.filter((l) => l.route === '/*').at(-1)!;
    for (const read of pageReads) expect(read.requestId).toBe(pageLine.requestId);
    expect(requests.filter((l) => !pageReads.includes(l)).map((l) => `${l.method} ${l.route} ${l.status}`)).toEqual([
      // `/` is the default connection's page at once (it names the connection), no redirect
      ...Array<string>(pageLoads).fill('GET /* 200'),
      'POST /api/v2/admin/secrets 200',
      'GET /api/v2/admin/secrets 200',
      'DELETE /api/v2/admin/secrets/:name 200',
      'GET /api/v2/admin/secrets 200',
    ]);
    expect(proc.output()).not.toContain('cHJvZHVjdGlvbg==');
  });

  it('on SIGTERM stops accepting, lets a slow upstream call finish, then exits 0', { timeout: 60_000 }, async () => {
    const upstream = await slowUpstream();
    const port = await freePort();
    const proc = await startProd(['--port', String(port)], { env: { AICORE_SERVICE_KEY: upstream.key } });
    running.push(proc);
    const exited = once(proc.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const events: string[] = [];
    void exited.then(() => events.push('exit'));

    const inFlight = fetch(`http://127.0.0.1:${port}/api/v2/admin/secrets`, { headers: scope }).then(async (res) => {
      events.push('answer');
      return { status: res.status, body: (await res.json()) as unknown };
    });
    await upstream.requestArrived;
    proc.child.kill('SIGTERM');
    // No new connections while the call is in flight...
    for (let i = 0; i < 200 && !(await refused(port)); i++) await new Promise((r) => setTimeout(r, 25));
    expect(await refused(port)).toBe(true);
    expect(events).toEqual([]);
    // ...and the call in flight still gets AI Core's answer.
    upstream.answer();
    expect(await inFlight).toEqual({ status: 200, body: { count: 1, resources: [{ name: 'answered-late' }] } });
    expect(await exited).toEqual([0, null]);
    expect(events).toEqual(['answer', 'exit']);
    expect(proc.output()).toMatch(/"signal":"SIGTERM".*"msg":"stopping: finishing the requests in flight"/);
  });

  it('cuts what is still in flight after CONSOLE_SHUTDOWN_TIMEOUT_MS, and says so', { timeout: 60_000 }, async () => {
    const upstream = await slowUpstream();
    const port = await freePort();
    const proc = await startProd(['--port', String(port)], {
      env: { AICORE_SERVICE_KEY: upstream.key, CONSOLE_SHUTDOWN_TIMEOUT_MS: '300' },
    });
    running.push(proc);
    const exited = once(proc.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const inFlight = fetch(`http://127.0.0.1:${port}/api/v2/admin/secrets`, { headers: scope }).then(
      (res) => res.status,
      (err: Error) => err.name,
    );
    await upstream.requestArrived;
    proc.child.kill('SIGTERM');
    expect(await exited).toEqual([1, null]);
    expect(await inFlight).toBe('TypeError'); // fetch failed: the connection was closed
    expect(proc.output()).toMatch(/"cut":1,"timeoutMs":300,"msg":"stopped before every request in flight had finished"/);
  });
});
