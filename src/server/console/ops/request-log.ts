// One log line a request: method, route template, status, duration, connection, our request id and AI
// Core's. Never a body, a header value, a query string, a token or a key.
import type { Context } from 'hono';
import type { Logger } from './logger';
import { rawPath, routeTemplate } from './route-template';

export type RequestLogVariables = { requestId: string; connection?: { name: string } };

export function logRequest(logger: Logger, c: Context<{ Variables: RequestLogVariables }>, startedAt: number): void {
  const status = c.res.status;
  const route = routeTemplate(rawPath(c.req.url));
  // Probes come every few seconds from every replica: only their failures are worth a line by default.
  const level = status >= 500 ? 'error' : route === '/healthz' || route === '/readyz' ? 'debug' : status >= 400 ? 'warn' : 'info';
  if (!logger.isLevelEnabled(level)) return;
  const requestId = c.get('requestId');
  // The proxy passes AI Core's x-request-id through to the browser; only an upstream answer carries one.
  const upstreamId = c.res.headers.get('x-request-id');
  logger[level](
    {
      method: c.req.method,
      route,
      status,
      ms: Math.round((performance.now() - startedAt) * 10) / 10,
      connection: c.var.connection?.name ?? 'default',
      requestId,
      ...(upstreamId && upstreamId !== requestId ? { aicoreRequestId: upstreamId.slice(0, 128) } : {}),
    },
    'request',
  );
}
