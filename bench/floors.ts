// The floors our figures are compared with: what the same stack costs with nothing of ours in it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const FLOOR_PAGE_DIR = path.resolve('.tmp/bench-floor-page');

let floorBuilt: Promise<void> | undefined;

/** Builds bench/floor-page (a minimal Mantine page) with the project's own Vite, React plugin and Mantine; once a run. */
export function buildFloorPage(): Promise<void> {
  return (floorBuilt ??= buildFloorPageNow());
}

async function buildFloorPageNow() {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: path.resolve('bench/floor-page'),
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: FLOOR_PAGE_DIR, emptyOutDir: true },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves a built page's files as they are (loopback: compression would change nothing but CPU). */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.join(dir, rel === '/' ? 'index.html' : path.normalize(rel));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const TSX_LOADER = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;

/** bench/bare-proxy.ts in its own process, in front of `upstream`, injecting `token`. */
export async function startBareProxy(
  upstream: string,
  token: string,
  nodeArgs: string[] = [],
): Promise<{ url: string; child: ChildProcess; kill: () => Promise<void> }> {
  // The token goes by environment, never on a command line that `ps` shows.
  const child = spawn(process.execPath, [...nodeArgs, '--import', TSX_LOADER, 'bench/bare-proxy.ts'], {
    env: { ...process.env, BARE_PROXY_UPSTREAM: upstream, BARE_PROXY_TOKEN: token },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`bare proxy exited with ${code}`)));
  });
  return {
    url,
    child,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
    },
  };
}
