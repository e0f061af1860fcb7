// The request body limit, enforced while the body streams: Hono's bodyLimit counts a chunked body as it
// arrives and stops reading at the limit (it never holds more than `max` bytes). The 413 closes the
// connection, so the rest of a huge upload is not read at all (docs/decisions/0011).
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorEnvelope } from '../../../contract';

type Env = { Variables: { requestId: string } };

/** A declared Content-Length over the limit: refused before any of the body is read. */
export function declaredOver(contentLength: string | undefined, max: number): boolean {
  return Number(contentLength ?? 0) > max;
}

export function streamingBodyLimit(max: number): MiddlewareHandler<Env> {
  const tooLarge = (c: Context<Env>) => {
    c.header('Connection', 'close');
    return c.json(
      errorEnvelope(
        'PayloadTooLarge',
        `The request body is larger than the limit of ${max} bytes.`,
        c.get('requestId'),
        new URL(c.req.url).pathname,
      ),
      413,
    );
  };
  const streaming = bodyLimit({ maxSize: max, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    // A declared length is checked without touching the body (building the body stream is costly); Node
    // itself never delivers more than the declared bytes.
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) return declaredOver(length, max) ? tooLarge(c) : next();
    return streaming(c, next);
  };
}
