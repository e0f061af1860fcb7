// Headers a security review expects on every console answer, and an error handler that never shows a
// stack. Set before the handler runs, so they go into the response as it is made: changing a finished
// response's headers afterwards would force a slow copy of it.
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { errorEnvelope } from '../../../contract';
import { COLOR_SCHEME_SCRIPT_HASH } from './color-scheme-script';

type Env = { Variables: { requestId: string } };

export const CSP = [
  "default-src 'self'",
  // The page's own files, and one inline script by its hash (color-scheme-script.ts): no other inline script.
  `script-src 'self' ${COLOR_SCHEME_SCRIPT_HASH}`,
  // Mantine injects its CSS variables in a <style> element.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The headers every answer carries (Strict-Transport-Security when this process serves TLS), in one list
 * that the Hono middleware below and the proxy's fast path (upstream/fast-path.ts) both set.
 */
export function securityHeaderList(options: { tls: boolean }): readonly (readonly [string, string])[] {
  const list: [string, string][] = [
    ['Content-Security-Policy', CSP],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Frame-Options', 'DENY'],
  ];
  if (options.tls) list.push(['Strict-Transport-Security', 'max-age=31536000']);
  return list;
}

/** Every /api answer, errors and refusals included: a cached list of secret names is a leak. */
export const API_CACHE_CONTROL = 'no-store';

export function securityHeaders(options: { tls: boolean }): MiddlewareHandler<Env> {
  const list = securityHeaderList(options);
  return async (c, next) => {
    for (const [name, value] of list) c.header(name, value);
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', API_CACHE_CONTROL);
    await next();
  };
}

/**
 * app.onError: a refusal thrown by a middleware (basic auth's 401) keeps the headers set above; anything
 * else is a 500 in the error envelope, with no stack and no exception text (it may quote input).
 */
export function safeErrors(log: (line: string) => void) {
  return (err: Error, c: Context<Env>) => {
    if (err instanceof HTTPException) {
      const res = err.getResponse();
      return c.newResponse(res.body, res.status as 401, Object.fromEntries(res.headers));
    }
    log(`console: ${c.req.method} request failed: ${err.name}`);
    const target = c.req.path;
    return c.json(
      errorEnvelope('InternalError', 'The console could not complete the request; nothing was changed.', c.get('requestId') ?? '', target),
      500,
    );
  };
}
