// `npm start` (the built app) and `npm run dev` (Vite with hot reload): the console, proxying to a real
// tenant when a service key is configured, else to the embedded emulator through the same proxy.
import fs from 'node:fs';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createConsoleApp } from '../console/app';
import { credentialsFromEnv, type ServiceKey } from '../console/credentials';
import { consoleDeps, isLoopback, startConsole } from '../console/server';
import { startEmulator } from '../emulator/server';
import { parseArgs } from 'node:util';
import { emulatorFlagSpec, emulatorInput, validateEmulatorInput } from './emulator-flags';

const ROOT = process.cwd();
const DIST = path.join(ROOT, 'dist');

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((e) => newestMtime(path.join(entry, e))));
}

/** Builds the app when dist/ is missing or older than its sources. */
async function buildIfNeeded() {
  const built = newestMtime(path.join(DIST, 'index.html'));
  const sources = Math.max(
    ...['src/web', 'src/contract', 'index.html', 'public', 'vite.config.ts'].map((p) => newestMtime(path.join(ROOT, p))),
  );
  if (built > sources) return;
  console.log('building the console (vite build)...');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}

function parseAuth(value: string | undefined) {
  if (!value) return undefined;
  const i = value.indexOf(':');
  if (i < 1 || i === value.length - 1) throw new Error('CONSOLE_AUTH must be user:password');
  return { username: value.slice(0, i), password: value.slice(i + 1) };
}

export async function runConsoleCommand(args: string[], { dev }: { dev: boolean }) {
  const { values } = parseArgs({
    args,
    options: { ...emulatorFlagSpec, port: { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  const port = Number(values.port ?? process.env.PORT ?? (dev ? 5173 : 8080));
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';
  const auth = parseAuth(process.env.CONSOLE_AUTH);
  if (!isLoopback(host) && !auth)
    throw new Error(`refusing to listen on ${host} without access control: set CONSOLE_AUTH=user:password, or keep the default 127.0.0.1`);
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  let serviceKey: ServiceKey;
  let mode: 'emulator' | 'upstream';
  let stopEmulator = async () => {};
  const credentials = credentialsFromEnv();
  if (credentials) {
    serviceKey = credentials.key;
    mode = 'upstream';
    console.log(`credentials: ${credentials.from}`);
  } else {
    const options = validateEmulatorInput({ ...emulatorInput(values), host: '127.0.0.1', port: 0 });
    const emulator = await startEmulator(options);
    serviceKey = emulator.serviceKey;
    mode = 'emulator';
    stopEmulator = emulator.close;
    console.log(`no AICORE_SERVICE_KEY: started the embedded AI Core emulator at ${emulator.url} (data in ${options.dataDir})`);
  }

  let close: () => Promise<void>;
  let url: string;
  if (dev) {
    const { createServer } = await import('vite');
    const listener = getRequestListener(createConsoleApp(consoleDeps({ serviceKey, mode, version })).fetch);
    const vite = await createServer({
      server: { port, host, strictPort: true },
      plugins: [
        {
          name: 'console-api',
          configureServer(server) {
            // The same /api as `npm start`, as middleware in front of Vite.
            server.middlewares.use((req, res, next) => (req.url?.startsWith('/api/') ? void listener(req, res) : next()));
          },
        },
      ],
    });
    await vite.listen();
    url = `http://${host}:${port}`;
    close = () => vite.close();
  } else {
    await buildIfNeeded();
    const running = await startConsole({ serviceKey, mode, host, port, staticDir: DIST, auth, version });
    url = running.url;
    close = running.close;
  }
  const upstreamHost = new URL(serviceKey.serviceurls.AI_API_URL).host;
  console.log(`AI Core Secrets Console: ${url}`);
  console.log(`mode: ${mode === 'emulator' ? 'embedded emulator' : `AI Core at ${upstreamHost}`}`);
  const stop = () =>
    void close()
      .then(stopEmulator)
      .then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
