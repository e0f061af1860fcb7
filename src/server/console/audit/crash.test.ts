// kill -9 of the console right after AI Core acknowledged a write, before the console could record the
// outcome: after a restart the attempt is in the log (outcome unknown), in both storages.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, tempDir, type TestEmulator } from '../../testing/emulator-fixture';
import { startPostgres, type TestPostgres } from '../../testing/postgres';
import { NO_SERVICE_KEY, spawnCli, type Spawned } from '../../testing/spawn';

let pgServer: TestPostgres;
beforeAll(async () => {
  pgServer = await startPostgres();
}, 60_000);
afterAll(async () => {
  await pgServer?.stop();
});
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/**
 * Stands where AI Core is: passes everything to the emulator, and when the emulator has answered a create
 * with success, kills the console with SIGKILL before the answer reaches it.
 */
async function killingUpstream(emu: TestEmulator, victim: () => Spawned | undefined) {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)),
    ) as Record<string, string>;
    const answer = await fetch(`${emu.url}${req.url}`, {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    const body = Buffer.from(await answer.arrayBuffer());
    const proc = victim();
    if (req.method === 'POST' && req.url === '/v2/admin/secrets' && answer.ok && proc) await proc.kill('SIGKILL');
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  cleanups.push(() => new Promise((r) => server.close(r)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function crashAfterAcknowledgement(env: NodeJS.ProcessEnv) {
  const emu = await startTestEmulator();
  cleanups.push(() => emu.close());
  let proc: Spawned | undefined;
  const upstream = await killingUpstream(emu, () => proc);
  const serviceKey = JSON.stringify({ ...emu.serviceKey, serviceurls: { AI_API_URL: upstream } });
  const start = () =>
    spawnCli(['start', '--port', '0'], {
      env: { ...NO_SERVICE_KEY, AICORE_SERVICE_KEY: serviceKey, ...env },
      ready: /Console: (http:\S+)/,
    });
  const first = await start();
  proc = first;
  const url = first.match[1]!;
  const sent = await fetch(`${url}/api/v2/admin/secrets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-console-request': '1', 'ai-tenant-scope': 'true' },
    body: JSON.stringify({ name: 'made-before-crash', data: { TOKEN: Buffer.from('v').toString('base64') } }),
  }).catch((err: Error) => err);
  expect(sent, proc.output()).toBeInstanceOf(Error); // the console died before answering
  const child = proc.child;
  if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
  expect(child.signalCode).toBe('SIGKILL');
  // AI Core made the change...
  const made = await emu.api('/admin/secrets', { scope: { kind: 'main' } });
  expect(made.body.resources.map((s: { name: string }) => s.name)).toEqual(['made-before-crash']);
  // ...and after a restart the log has its attempt, marked unknown.
  proc = undefined;
  const again = await start();
  cleanups.push(() => again.kill());
  const log = await fetch(`${again.match[1]}/api/audit`).then((r) => r.json() as Promise<any>);
  expect(log.total).toBe(1);
  expect(log.entries[0]).toMatchObject({
    action: 'secret.create',
    secret: 'made-before-crash',
    scope: 'main',
    outcome: 'unknown',
    keys: ['TOKEN'],
  });
}

// Two console starts a test (each compiles TypeScript on load): generous on a busy shared machine.
const SLOW = 90_000;

describe('a console killed right after AI Core acknowledged a write', () => {
  it(
    'loses no entry in the embedded log',
    async () => {
      await crashAfterAcknowledgement({ CONSOLE_DATA_DIR: path.join(tempDir(), 'console') });
    },
    SLOW,
  );

  it(
    'loses no entry in PostgreSQL',
    async () => {
      await crashAfterAcknowledgement({ DATABASE_URL: await pgServer.createDatabase('crash') });
    },
    SLOW,
  );
});
