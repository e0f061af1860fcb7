// Compresses the console's JSON answers over a threshold (a page of 1,000 secrets is a few hundred KB) with
// brotli or gzip, as the browser accepts. Small answers go as they are: compressing them costs more CPU
// than the bytes it saves. The Hono middleware and the proxy's fast path (upstream/fast-path.ts) share
// `jsonEncoding` and `compressOver`.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { acceptedEncodings } from './static';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export const COMPRESS_THRESHOLD = 1024;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json/i;

/** The encoding a JSON answer would get: none for HEAD, for other types, or when the client accepts none. */
export function jsonEncoding(accept: string | undefined, method: string, contentType: string | null | undefined): 'br' | 'gzip' | null {
  if (!accept || method === 'HEAD' || !JSON_TYPE.test(contentType ?? '')) return null;
  const accepted = acceptedEncodings(accept);
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

/** `raw` compressed when it reaches the threshold, else as it is (`encoding` null). */
export async function compressOver(
  raw: Buffer,
  encoding: 'br' | 'gzip',
  threshold = COMPRESS_THRESHOLD,
): Promise<{ body: Buffer; encoding: 'br' | 'gzip' | null }> {
  if (raw.length < threshold) return { body: raw, encoding: null };
  // Quality 4 and level 6: most of the saving for a fraction of the highest levels' CPU, per request.
  const body =
    encoding === 'br'
      ? await brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : await gzip(raw, { level: 6 });
  return { body, encoding };
}

export function compressJson({ threshold = COMPRESS_THRESHOLD }: { threshold?: number } = {}): MiddlewareHandler {
  return async (c, next) => {
    // Set before the handler runs, like the other headers, so that the answer is made with it.
    c.header('Vary', 'Accept-Encoding');
    const accept = c.req.header('accept-encoding');
    await next();
    const res = c.res;
    const encoding = jsonEncoding(accept, c.req.method, res.headers.get('content-type'));
    if (!encoding || !res.body || res.headers.has('content-encoding')) return;
    const declared = res.headers.get('content-length');
    if (declared !== null && Number(declared) < threshold) return;
    const out = await compressOver(Buffer.from(await res.arrayBuffer()), encoding, threshold);
    // Hono copies the replaced answer's headers (all but its type) onto the new one.
    res.headers.delete('content-length');
    const headers: Record<string, string> = { 'content-type': res.headers.get('content-type')!, 'content-length': String(out.body.length) };
    if (out.encoding) headers['content-encoding'] = out.encoding;
    c.res = new Response(out.body as Uint8Array<ArrayBuffer>, { status: res.status, headers });
  };
}
