// Builds the console's dependencies from a service key and starts it listening.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createConsoleApp, type ConsoleDeps } from './app';
import { apiBase, type ServiceKey } from './credentials';
import { TokenProvider } from './token-provider';
import { UpstreamClient } from './upstream-client';

export type ConsoleOptions = {
  serviceKey: ServiceKey;
  mode: ConsoleDeps['mode'];
  host?: string;
  port?: number;
  staticDir?: string;
  auth?: ConsoleDeps['auth'];
  version?: string;
  upstreamTimeoutMs?: number;
  log?: (line: string) => void;
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
export const isLoopback = (host: string) => LOOPBACK.has(host) || host.startsWith('127.');

export function consoleDeps(options: ConsoleOptions): ConsoleDeps {
  const base = apiBase(options.serviceKey.serviceurls.AI_API_URL);
  const timeoutMs = options.upstreamTimeoutMs ?? 30_000;
  return {
    upstream: {
      base,
      host: new URL(base).host,
      tokens: new TokenProvider(options.serviceKey),
      timeoutMs,
      client: new UpstreamClient(base, timeoutMs),
    },
    mode: options.mode,
    version: options.version ?? '0.0.0',
    staticDir: options.staticDir,
    auth: options.auth,
    log: options.log,
  };
}

export async function startConsole(options: ConsoleOptions) {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.auth)
    throw new Error(
      `refusing to listen on ${host} without access control: set CONSOLE_AUTH=user:password (HTTP basic auth), or keep the default 127.0.0.1`,
    );
  const deps = consoleDeps(options);
  const app = createConsoleApp(deps);
  const wanted = options.port ?? 8080;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: wanted, hostname: host }, () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`port ${wanted} on ${host} is already in use: stop what runs there, or start with --port <another>`)
          : err,
      ),
    );
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    deps,
    close: () =>
      new Promise<void>((resolve) => {
        deps.upstream.client.close();
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
export type RunningConsole = Awaited<ReturnType<typeof startConsole>>;
