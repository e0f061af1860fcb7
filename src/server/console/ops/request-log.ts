// One log line a request: method, route template, status, duration, connection, our request id and AI
// Core's. Never a body, a header value, a query string, a token or a key. `logRequestLine` is what the Hono
// app and the proxy's fast path (upstream/fast-path.ts) both call.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { Logger } from './logger';
import { rawPath, routeTemplate } from './route-template';

export type RequestLogVariables = { requestId: string; connection?: { name: string } };

/** The request's id: the client's X-Request-Id when it sends one (cut short, word characters only), else a new one. */
export function requestIdOf(header: string | undefined): string {
  return header?.slice(0, 64).replace(/[^\w-]/g, '') || randomUUID();
}

export type RequestLine = {
  method: string;
  /** The raw path, without the query. */
  path: string;
  status: number;
  startedAt: number;
  connection: string | undefined;
  requestId: string;
  /** AI Core's x-request-id, when the answer is one of AI Core's. */
  upstreamId: string | null | undefined;
};

export function logRequestLine(logger: Logger, line: RequestLine): void {
  const { status, requestId, upstreamId } = line;
  const route = routeTemplate(line.path);
  // Probes come every few seconds from every replica: only their failures are worth a line by default.
  const level = status >= 500 ? 'error' : route === '/healthz' || route === '/readyz' ? 'debug' : status >= 400 ? 'warn' : 'info';
  if (!logger.isLevelEnabled(level)) return;
  const fields: Record<string, string | number> = {
    method: line.method,
    route,
    status,
    ms: Math.round((performance.now() - line.startedAt) * 10) / 10,
    connection: line.connection ?? 'default',
    requestId,
  };
  if (upstreamId && upstreamId !== requestId) fields.aicoreRequestId = upstreamId.slice(0, 128);
  logger[level](fields, 'request');
}

export function logRequest(logger: Logger, c: Context<{ Variables: RequestLogVariables }>, startedAt: number): void {
  logRequestLine(logger, {
    method: c.req.method,
    path: rawPath(c.req.url),
    status: c.res.status,
    startedAt,
    connection: c.var.connection?.name,
    requestId: c.get('requestId'),
    // The proxy passes AI Core's x-request-id through to the browser; only an upstream answer carries one.
    upstreamId: c.res.headers.get('x-request-id'),
  });
}
