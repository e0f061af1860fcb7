// The console server: the built app, and a small proxy under /api that calls AI Core with a token of its
// own, so that the browser never holds a token or a service key.
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorEnvelope, type ErrorCode } from '../../contract';
import { basicAuth } from './http/basic-auth';
import { declaredOver, streamingBodyLimit } from './http/body-limit';
import { isCrossSiteWrite } from './http/csrf';
import { defaultAllowedHosts, hostAllowList } from './http/host-allow-list';
import { safeErrors, securityHeaders } from './http/security-headers';
import { forward, type Upstream } from './proxy';
import { requestTarget, upstreamPath } from './routes';
import { compressJson } from './http/compress-json';
import { mountStatic } from './http/static';
import type { ConnectionRegistry } from './connections/registry';
import { connectionOf, connectionStatus, refuseUnknownConnection, upstreamRest } from './connections/routing';
import { auditRoutes, recordWrite, type AuditStore } from './audit';
import { recordRefusedWrite, writeContext } from './audit/http';
import { AuditUnavailable } from './audit/record';
import type { SignIn } from './auth/sign-in';
import type { ConsoleEnv } from './context';
import { consoleUser, writeAccess } from './auth/access';
import { mountHealth } from './ops/health';
import { afterLogged, createLogger, type Logger } from './ops/logger';
import { Readiness, tokenCheck, type ReadinessCheck } from './ops/readiness';
import { logRequest, requestIdOf } from './ops/request-log';
import { summaryRoutes } from './summary/routes';

export { CONSOLE_REQUEST_HEADER } from './http/csrf';

export type ConsoleDeps = {
  /** The default connection's upstream (the one `/api/v2` and `/api/console` alias). */
  upstream: Upstream;
  connections: ConnectionRegistry;
  mode: 'emulator' | 'upstream';
  version: string;
  /** The built app; omitted under `npm run dev`, where Vite serves it. */
  staticDir?: string;
  /** "user:password" for HTTP basic auth on everything. */
  auth?: { username: string; password: string };
  maxBodyBytes?: number;
  /** Where the JSON log lines go (tests); stdout when omitted. */
  log?: (line: string) => void;
  /** The activity log; every write through the proxy is recorded in it when present. */
  audit?: AuditStore;
  /** OpenID Connect sign-in and roles; without it, everyone is `local` and may write. */
  signIn?: SignIn;
  logger?: Logger;
  /** /readyz: built by `consoleDeps`, which also marks it stopping on a graceful stop. */
  readiness?: Readiness;
  /** Readiness checks beside each connection's token, e.g. the activity log's store. */
  readinessChecks?: ReadinessCheck[];
  /** Host names the console answers to (DNS rebinding); loopback names when omitted. */
  allowedHosts?: readonly string[];
  /** Served over TLS by this process: adds Strict-Transport-Security. */
  tls?: boolean;
};

type Env = ConsoleEnv;

/** What the app and the proxy's fast path (upstream/fast-path.ts) both read, defaults applied. */
export function consoleSettings(deps: ConsoleDeps) {
  return {
    logger: deps.logger ?? createLogger({ sink: deps.log }),
    maxBody: deps.maxBodyBytes ?? 2 * 1024 * 1024,
    allowedHosts: deps.allowedHosts ?? defaultAllowedHosts('127.0.0.1'),
    tls: deps.tls ?? false,
  };
}

export function createConsoleApp(deps: ConsoleDeps, settings = consoleSettings(deps)) {
  const app = new Hono<Env>();
  const { logger, maxBody } = settings;
  const readiness =
    deps.readiness ??
    new Readiness(
      () => [...deps.connections.list().map((c) => tokenCheck(c.name, c.upstream.tokens)), ...(deps.readinessChecks ?? [])],
      logger,
    );

  const fail = (c: Context<Env>, status: 403 | 404 | 413, code: ErrorCode, message: string) =>
    c.json(errorEnvelope(code, message, c.get('requestId'), new URL(c.req.url).pathname), status);

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('requestId', requestIdOf(c.req.header('x-request-id')));
    // Which connection, before sign-in and audit read it (an unknown name is answered later, behind access control).
    c.set('connection', connectionOf(deps.connections, c.req.path));
    await next();
    // Reads the request id and the connection's name; this app's context carries the whole connection.
    logRequest(logger, c as unknown as Parameters<typeof logRequest>[1], started);
    // The answer goes once its line is written (ops/turn-writer.ts): the log is never behind the clients.
    await new Promise<void>((resolve) => afterLogged(logger, resolve));
  });
  // Before any credential check: the platform's probes carry none.
  mountHealth(app, readiness);

  const onError = safeErrors((line) => logger.error(line));
  // The handler reads only the request id; this app's context also carries the connection.
  app.onError((err, c) => onError(err, c as unknown as Parameters<typeof onError>[1]));
  app.use('*', securityHeaders({ tls: settings.tls }));
  // Before any route, static files included: a rebound name gets nothing.
  app.use('*', hostAllowList(settings.allowedHosts));
  if (deps.auth) app.use('*', basicAuth(deps.auth));
  if (deps.signIn) {
    app.route('/auth', deps.signIn.routes());
    app.use('*', deps.signIn.guard({ onRefusedWrite: (c) => recordRefusedWrite(deps.audit, c, maxBody) }));
  }

  app.use('/api/*', async (c, next) => {
    // Cross-site request forgery (http/csrf.ts).
    if (isCrossSiteWrite(c.req.method, (name) => c.req.header(name)))
      return fail(c, 403, 'Forbidden', 'Refused: changes must come from the console page itself (cross-site request).');
    await next();
  });
  app.use('/api/*', streamingBodyLimit(maxBody));
  app.use('/api/*', compressJson());

  app.use('/api/c/*', refuseUnknownConnection(deps.connections));

  const consoleStatus = async (c: Context<Env>) => {
    const connection = c.get('connection') ?? deps.connections.default;
    const [health, connectionState] = await Promise.all([
      checkUpstream(connection.upstream),
      connectionStatus(deps.connections, connection),
    ]);
    return c.json({
      mode: deps.mode,
      upstream: connection.upstream.host,
      version: deps.version,
      token: connection.upstream.tokens.status(),
      health,
      ...connectionState,
      user: consoleUser(c.get('user')),
      // A viewer may not write anywhere; otherwise the connection's key decides (a read-only key may not).
      writes: writeAccess(c.get('user'), deps.signIn?.config.editorRoles, connectionState.writes),
    });
  };
  app.get('/api/console', consoleStatus);
  app.get('/api/c/:connection/console', consoleStatus);
  if (deps.audit) {
    // One log for every connection; "last changed by" answers for the request's connection.
    const audit = auditRoutes(deps.audit);
    app.route('/api/audit', audit);
    app.route('/api/c/:connection/audit', audit);
  }

  // The whole tenant in one answer, for the request's connection.
  const summary = summaryRoutes((c) => (c.get('connection' as never) ?? deps.connections.default).upstream);
  app.route('/api', summary);
  app.route('/api/c/:connection', summary);

  const proxy = async (c: Context<Env>) => {
    const url = requestTarget(c.req.url);
    const connection = c.get('connection') ?? deps.connections.default;
    const rest = upstreamRest(url.pathname);
    const target = upstreamPath(c.req.method, rest);
    if (!target) return fail(c, 404, 'NotFound', `The console does not forward ${c.req.method} ${url.pathname}.`);
    if (declaredOver(c.req.header('content-length'), maxBody))
      return fail(c, 413, 'PayloadTooLarge', `The request body is larger than the limit of ${maxBody} bytes.`);
    const body = c.req.method === 'GET' || c.req.method === 'DELETE' ? null : await c.req.arrayBuffer();
    if (body && body.byteLength > maxBody)
      return fail(c, 413, 'PayloadTooLarge', `The request body is larger than the limit of ${maxBody} bytes.`);
    const send = () =>
      forward(connection.upstream, {
        method: c.req.method,
        path: target,
        search: url.search,
        headers: c.req.raw.headers,
        body,
        requestId: c.get('requestId'),
        target: url.pathname,
      });
    let answer: Awaited<ReturnType<typeof send>>;
    try {
      // Write-ahead: a write's attempt is in the activity log before it goes upstream.
      answer = await recordWrite(deps.audit, writeContext(c, target, body), send);
    } catch (err) {
      if (!(err instanceof AuditUnavailable)) throw err;
      logger.error({ reason: err.message }, 'activity log unavailable: write refused');
      return c.json(errorEnvelope('InternalError', `Nothing was changed: ${err.message}.`, c.get('requestId'), url.pathname), 503);
    }
    // AI Core itself refused (not the console): the page explains it as the service key's role.
    if (connection.access.observeAnswer(c.req.method, answer.status)) c.header('x-console-refused-by', 'upstream');
    for (const [name, value] of Object.entries(answer.headers)) c.header(name, value);
    return c.newResponse(answer.body as Uint8Array<ArrayBuffer> | string | null, answer.status as ContentfulStatusCode);
  };
  app.all('/api/v2/*', proxy);
  app.all('/api/c/:connection/v2/*', proxy);
  app.all('/api/*', (c) => fail(c, 404, 'NotFound', `No such console endpoint: ${c.req.method} ${new URL(c.req.url).pathname}.`));

  if (deps.staticDir)
    mountStatic(app, deps.staticDir, {
      defaultConnection: () => deps.connections.list()[0]?.name,
      connectionNames: () => deps.connections.list().map((c) => c.name),
      // The overview's answers, asked of this app's own routes with the page request's credentials
      // (cookie, basic auth) and host, as the page's own calls would be (http/first-screen.ts).
      firstScreen: async (c, segment) => {
        const headers = new Headers(c.req.raw.headers);
        headers.delete('accept-encoding');
        headers.set('accept', 'application/json');
        // Their log lines carry the page's request id: one page load reads as one in the log.
        headers.set('x-request-id', (c as Context<Env>).get('requestId'));
        const ask = async (rest: string) => {
          const res = await app.request(new URL(`/api/c/${segment}${rest}`, c.req.url), { headers });
          if (res.status !== 200) {
            await res.body?.cancel();
            return undefined;
          }
          return (await res.json()) as unknown;
        };
        const [status, summary] = await Promise.all([ask('/console'), ask('/summary')]);
        return status === undefined || summary === undefined ? null : { status, summary };
      },
      onError: (message) => logger.warn(message),
    });
  return app;
}

async function checkUpstream(upstream: Upstream) {
  const checkedAt = new Date().toISOString();
  try {
    const token = await upstream.tokens.get();
    const res = await fetch(`${upstream.base}/admin/resourceGroups?$top=1`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(Math.min(upstream.timeoutMs, 5000)),
    });
    await res.body?.cancel();
    if (res.status === 401) upstream.tokens.invalidate(token);
    return { ok: res.ok, status: res.status, checkedAt, message: res.ok ? 'AI Core answers' : `AI Core answered HTTP ${res.status}` };
  } catch (err) {
    const message =
      (err as Error).name === 'TimeoutError'
        ? 'AI Core did not answer in time'
        : (err as Error).message.includes('identity service')
          ? (err as Error).message
          : 'AI Core cannot be reached';
    return { ok: false, status: null, checkedAt, message };
  }
}
