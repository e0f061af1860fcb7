// `npm start` (the built app) and `npm run dev` (Vite with hot reload): the console, proxying to a real
// tenant when a service key is configured, else to the embedded emulator through the same proxy.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { connectionsFromEnv, type ConnectionSpec } from '../console/connections/config';
import { consoleFlagSpec, consoleSecurityOptions } from '../console/http/console-flags';
import { devGuard } from '../console/http/dev-guard';
import { listenRefusal } from '../console/http/listen-policy';
import { consoleDeps, consoleHandlers, isLoopback, startConsole } from '../console/server';
import { parseArgs } from 'node:util';
import { startDemoTenants } from './demo-tenants';
import { emulatorFlagSpec, emulatorInput, validateEmulatorInput } from './emulator-flags';
import { auditFromEnv, consoleDataDir, signInConfigFromEnv, signInFromConfig } from './team-mode';
import { shutdownTimeoutFromEnv } from '../console/ops/graceful';
import { createLogger, logLevelFromEnv } from '../console/ops/logger';
import { DEFAULT_PORT } from './server-env';

// `npm run build` bundles this file into dist-server/cli.js, beside which dist/ and package.json sit; from
// the sources (tsx) they are in the working directory.
const COMPILED = import.meta.url.endsWith('.js');
const ROOT = COMPILED ? fileURLToPath(new URL('..', import.meta.url)) : process.cwd();
const DIST = path.join(ROOT, 'dist');

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((e) => newestMtime(path.join(entry, e))));
}

/** Builds the app when dist/ is missing or older than its sources. */
async function buildIfNeeded() {
  if (COMPILED) {
    if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`no built app in ${DIST}: run npm run build first`);
    return;
  }
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
  if (dev && COMPILED) throw new Error('npm run dev runs from the sources (with the dev dependencies), not from dist-server/');
  const { values } = parseArgs({
    args,
    options: { ...emulatorFlagSpec, ...consoleFlagSpec, port: { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  const port = Number(values.port ?? process.env.PORT ?? (dev ? 5173 : DEFAULT_PORT));
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';
  const auth = parseAuth(process.env.CONSOLE_AUTH);
  const signInConfig = signInConfigFromEnv();
  // Host allow-list, TLS and the listen rule (startConsole refuses what is unsafe).
  const security = consoleSecurityOptions(values, process.env);
  // The name users open with sign-in is one the console answers to.
  if (signInConfig) security.allowedHosts = [...(security.allowedHosts ?? []), new URL(signInConfig.publicUrl).hostname];
  // The dev server has no access control of its own: it is for the developer's machine only.
  if (dev && !isLoopback(host))
    throw new Error(`refusing to run the dev server on ${host}: npm run dev is for loopback only; use npm start with CONSOLE_AUTH and TLS`);
  // Checked before the emulator starts or the app is built, so a refusal comes at once.
  const refusal = listenRefusal({
    host,
    access: signInConfig ? 'sign-in' : auth ? 'basic' : 'none',
    tls: Boolean(security.tls),
    behindTlsProxy: security.behindTlsProxy,
  });
  if (refusal) throw new Error(refusal);
  const logger = createLogger({ level: logLevelFromEnv() });
  const shutdownMs = shutdownTimeoutFromEnv();
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  let connections: ConnectionSpec[];
  let mode: 'emulator' | 'upstream';
  let stopEmulator = async () => {};
  let emulatorDataDir: string | undefined;
  const configured = connectionsFromEnv();
  if (configured) {
    connections = configured.connections;
    mode = 'upstream';
    console.log(`credentials: ${configured.from}`);
  } else {
    // Checks the flags before anything starts; each demo tenant then gets its own folder under --data-dir.
    validateEmulatorInput({ ...emulatorInput(values), host: '127.0.0.1', port: 0 });
    const demo = await startDemoTenants(emulatorInput(values));
    connections = demo.connections;
    mode = 'emulator';
    stopEmulator = demo.close;
    emulatorDataDir = demo.dataDir;
    for (const s of demo.started)
      console.log(`no AICORE_SERVICE_KEY: started the embedded AI Core emulator "${s.name}" at ${s.emulator.url} (data in ${s.dataDir})`);
  }

  const { audit, where } = await auditFromEnv(consoleDataDir(emulatorDataDir));
  const team = signInConfig && (await signInFromConfig(signInConfig, consoleDataDir(emulatorDataDir)));
  const signIn = team ? team.signIn : undefined;
  console.log(`activity log: ${where}${signIn ? `; sign-in: ${signIn.config.issuer.href}` : ''}`);
  let close: () => Promise<unknown>;
  let url: string;
  if (dev) {
    const { createServer } = await import('vite');
    const deps = consoleDeps({ connections, mode, version, host, allowedHosts: security.allowedHosts, logger, audit, signIn });
    const { app, fastPath } = consoleHandlers(deps);
    const listener = fastPath(getRequestListener(app.fetch));
    const allowedHosts = deps.allowedHosts ?? [];
    const vite = await createServer({
      server: { port, host, strictPort: true, allowedHosts: [...allowedHosts] },
      plugins: [
        {
          name: 'console-api',
          configureServer(server) {
            // In front of everything Vite serves: the host allow-list and the files it may hand out.
            server.middlewares.use(devGuard(allowedHosts, ROOT));
            // The same /api as `npm start`, as middleware in front of Vite.
            server.middlewares.use((req, res, next) =>
              req.url?.startsWith('/api/') || req.url?.startsWith('/auth/') ? void listener(req, res) : next(),
            );
          },
        },
      ],
    });
    await vite.listen();
    url = `http://${host}:${port}`;
    close = () => vite.close();
  } else {
    await buildIfNeeded();
    const readinessChecks = [{ name: 'activity-log', check: () => audit.ping() }];
    const running = await startConsole({
      ...{ connections, mode, host, port, staticDir: DIST, auth, version, logger, ...security },
      ...{ audit, signIn, readinessChecks },
    });
    url = running.url;
    close = async () => {
      const { drained, cut } = await running.stop(shutdownMs);
      if (!drained) {
        logger.warn({ cut, timeoutMs: shutdownMs }, 'stopped before every request in flight had finished');
        process.exitCode = 1;
      }
    };
  }
  const hostOf = (c: ConnectionSpec) => new URL(c.serviceKey.serviceurls.AI_API_URL).host;
  console.log(`connections: ${connections.map((c) => `${c.name}${c.protected ? ' (protected)' : ''}`).join(', ')}`);
  console.log(`AI Core Secrets Console: ${url}`);
  console.log(`mode: ${mode === 'emulator' ? 'embedded emulator' : `AI Core at ${connections.map(hostOf).join(', ')}`}`);
  // Graceful: unready, no new connections, the requests in flight finish (CONSOLE_SHUTDOWN_TIMEOUT_MS),
  // then exit 0 (1 when some had to be cut). A second signal exits at once.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal, timeoutMs: shutdownMs }, 'stopping: finishing the requests in flight');
    void close()
      .then(() => audit.close())
      .then(() => team?.revocations.close())
      .then(stopEmulator)
      .then(() => {
        logger.info('stopped');
        process.exit();
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
