// Small helpers the emulator's routes share: request ids, the error envelope, JSON bodies, paging.
import type { Context, MiddlewareHandler } from 'hono';
import { errorEnvelope, headersToScope, RESOURCE_GROUP_HEADER, TENANT_SCOPE_HEADER } from '../../contract';
import { ApiError } from './api-error';
import type { SecretScope } from './state';
import type { Page } from './tenant';

export type Env = { Variables: { requestId: string; body: string } };

/**
 * Reads the body once, up to `max` bytes, counting while it streams: a chunked body larger than `max` is
 * refused with 413 as soon as it passes the limit, and the connection is closed rather than read to its end,
 * so an oversized upload costs at most `max` bytes of memory.
 */
export function readBody(max: number): MiddlewareHandler<Env> {
  return async (c, next) => {
    // No body to read (and no need to build the full WHATWG Request, which is costly).
    const hasBody =
      c.req.header('content-length') !== undefined
        ? c.req.header('content-length') !== '0'
        : c.req.header('transfer-encoding') !== undefined;
    if (!hasBody || c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const stream = c.req.raw.body;
    if (!stream) return next();
    const tooLarge = () => {
      c.header('Connection', 'close');
      return errorResponse(
        c,
        new ApiError(413, 'PayloadTooLarge', `The request body is larger than the limit of ${max.toLocaleString('en')} bytes`),
      );
    };
    if (Number(c.req.header('content-length') ?? 0) > max) return tooLarge();
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        void reader.cancel().catch(() => {});
        return tooLarge();
      }
      chunks.push(value);
    }
    c.set('body', Buffer.concat(chunks).toString('utf8'));
    return next();
  };
}

/**
 * The emulator's own endpoints (outside AI Core's API) take no part in a browser's life: a request that a
 * browser marks as coming from another site, or that carries an Origin at all (browsers send one on every
 * cross-origin fetch and every POST), is refused, whatever credential it holds.
 */
export const refuseBrowserCrossSite: MiddlewareHandler<Env> = async (c, next) => {
  const site = c.req.header('sec-fetch-site');
  if (c.req.header('origin') !== undefined || (site !== undefined && site !== 'same-origin' && site !== 'none'))
    return errorResponse(c, new ApiError(403, 'Forbidden', 'The emulator endpoints refuse requests made by a web page'));
  await next();
};

export function errorResponse(c: Context<Env>, err: ApiError) {
  return c.json(errorEnvelope(err.code, err.message, c.get('requestId'), new URL(c.req.url).pathname), err.status);
}

export async function readJson(c: Context<Env>): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type))
    throw new ApiError(415, 'UnsupportedMediaType', 'The request body must be JSON (Content-Type: application/json)');
  const text = c.get('body') ?? '';
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'InvalidJson', 'The request body is not valid JSON');
  }
}

export function scopeOf(c: Context<Env>): SecretScope {
  const result = headersToScope(c.req.header(TENANT_SCOPE_HEADER), c.req.header(RESOURCE_GROUP_HEADER));
  if (!result.ok) throw new ApiError(400, 'InvalidScope', result.message);
  return result.scope;
}

function intParam(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  if (raw === null) return undefined;
  if (!/^\d{1,9}$/.test(raw))
    throw new ApiError(400, 'InvalidQuery', `Query parameter ${key} must be a whole number, not "${raw.slice(0, 20)}"`);
  return Number(raw);
}

/** `$top`, `$skip`, `$count`, whether or not the client percent-encoded the `$`. */
export function pageOf(c: Context<Env>): { page: Page; count: boolean; params: URLSearchParams } {
  const params = new URL(c.req.url).searchParams; // decodes %24top to $top
  const count = params.get('$count');
  if (count !== null && !/^(true|false)$/i.test(count))
    throw new ApiError(400, 'InvalidQuery', 'Query parameter $count must be true or false');
  return { page: { top: intParam(params, '$top'), skip: intParam(params, '$skip') }, count: count?.toLowerCase() === 'true', params };
}

/** `$count=true`: the total on the server; otherwise the number returned. */
export function listBody<T>(total: number, resources: T[], count: boolean) {
  return { count: count ? total : resources.length, resources };
}
