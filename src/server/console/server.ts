// Builds the console's dependencies from a service key and starts it listening.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { consoleSettings, createConsoleApp, type ConsoleDeps } from './app';
import { defaultAllowedHosts } from './http/host-allow-list';
import { isLoopback, listenRefusal } from './http/listen-policy';
import type { ServiceKey } from './credentials';
import type { ConnectionSpec } from './connections/config';
import { ConnectionRegistry } from './connections/registry';
import { trackRequests } from './ops/graceful';
import { createLogger, type Logger } from './ops/logger';
import { withFastPath } from './upstream/fast-path';
import { Readiness, tokenCheck, type ReadinessCheck } from './ops/readiness';

export type ConsoleOptions = {
  /** One service key: the connection `default`. */
  serviceKey?: ServiceKey;
  /** Several named connections (the first is the default); wins over `serviceKey`. */
  connections?: ConnectionSpec[];
  mode: ConsoleDeps['mode'];
  host?: string;
  port?: number;
  staticDir?: string;
  auth?: ConsoleDeps['auth'];
  version?: string;
  upstreamTimeoutMs?: number;
  /** The request body limit (default 2 MiB). */
  maxBodyBytes?: number;
  /** The identity service's deadline for one token fetch (default 10 s). */
  tokenTimeoutMs?: number;
  log?: (line: string) => void;
  audit?: ConsoleDeps['audit'];
  signIn?: ConsoleDeps['signIn'];
  logger?: Logger;
  /** Readiness checks beside the connection's token (the activity log's store, ...). */
  readinessChecks?: ReadinessCheck[];
  /** Host names to answer to besides the listen address's own (--allowed-hosts). */
  allowedHosts?: readonly string[];
  /** PEM certificate and key: the console serves HTTPS itself (--tls-cert, --tls-key). */
  tls?: { cert: string; key: string };
  /** The operator says a TLS proxy terminates HTTPS in front (CONSOLE_BEHIND_TLS_PROXY=true). */
  behindTlsProxy?: boolean;
};

export { isLoopback };

export function consoleDeps(options: ConsoleOptions): ConsoleDeps {
  const specs = options.connections ?? (options.serviceKey ? [{ name: 'default', serviceKey: options.serviceKey, protected: false }] : []);
  const connections = new ConnectionRegistry(specs, {
    timeoutMs: options.upstreamTimeoutMs ?? 30_000,
    tokenTimeoutMs: options.tokenTimeoutMs,
  });
  const logger = options.logger ?? createLogger({ sink: options.log });
  return {
    upstream: connections.default.upstream,
    connections,
    logger,
    // /readyz: a token can be had for each connection, and whatever else the console depends on.
    readiness: new Readiness(
      () => [...connections.list().map((c) => tokenCheck(c.name, c.upstream.tokens)), ...(options.readinessChecks ?? [])],
      logger,
    ),
    mode: options.mode,
    version: options.version ?? '0.0.0',
    staticDir: options.staticDir,
    auth: options.auth,
    audit: options.audit,
    signIn: options.signIn,
    maxBodyBytes: options.maxBodyBytes,
    allowedHosts: [...defaultAllowedHosts(options.host ?? '127.0.0.1'), ...(options.allowedHosts ?? [])],
    tls: Boolean(options.tls),
  };
}

/** The Hono app, and the fast path to put in front of its node:http listener; both read the same settings. */
export function consoleHandlers(deps: ConsoleDeps) {
  const settings = consoleSettings(deps);
  const app = createConsoleApp(deps, settings);
  const fastPath = (listener: http.RequestListener) =>
    withFastPath({ ...settings, connections: deps.connections, auth: deps.auth, signIn: deps.signIn }, listener);
  return { app, fastPath };
}

export async function startConsole(options: ConsoleOptions) {
  const host = options.host ?? '127.0.0.1';
  const refusal = listenRefusal({
    host,
    access: options.signIn ? 'sign-in' : options.auth ? 'basic' : 'none',
    tls: Boolean(options.tls),
    behindTlsProxy: options.behindTlsProxy ?? false,
  });
  if (refusal) throw new Error(refusal);
  const deps = consoleDeps(options);
  const { app, fastPath } = consoleHandlers(deps);
  const wanted = options.port ?? 8080;
  // The app's listener (as @hono/node-server's serve() makes it), with the proxy's fast path in front of it.
  const listener = fastPath(getRequestListener(app.fetch, { hostname: host }));
  const server = options.tls ? https.createServer(options.tls, listener) : http.createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.listen(wanted, host, () => resolve());
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`port ${wanted} on ${host} is already in use: stop what runs there, or start with --port <another>`)
          : err,
      ),
    );
  });
  const requests = trackRequests(server as http.Server);
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${options.tls ? 'https' : 'http'}://${shown}:${port}`,
    port,
    deps,
    /** At once: open connections are cut (tests, `npm run dev`). */
    close: () =>
      new Promise<void>((resolve) => {
        deps.connections.close();
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
    /** Graceful: unready, no new connections, the requests in flight finish (at most `timeoutMs`). */
    stop: async (timeoutMs: number) => {
      if (deps.readiness) deps.readiness.stopping = true;
      const result = await requests.stop(timeoutMs);
      deps.connections.close();
      return result;
    },
  };
}
export type RunningConsole = Awaited<ReturnType<typeof startConsole>>;
