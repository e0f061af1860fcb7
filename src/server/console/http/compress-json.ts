// Compresses the console's JSON answers over a threshold (a page of 1,000 secrets is a few hundred KB) with
// brotli or gzip, as the browser accepts. Small answers go as they are: compressing them costs more CPU
// than the bytes it saves.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { acceptedEncodings } from './static';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export function compressJson({ threshold = 1024 }: { threshold?: number } = {}): MiddlewareHandler {
  return async (c, next) => {
    // Set before the handler runs, like the other headers, so that the answer is made with it.
    c.header('Vary', 'Accept-Encoding');
    const accept = c.req.header('accept-encoding');
    await next();
    if (!accept || c.req.method === 'HEAD') return;
    const res = c.res;
    if (
      !res.body ||
      res.headers.has('content-encoding') ||
      !/^application\/(?:[\w.+-]+\+)?json/i.test(res.headers.get('content-type') ?? '')
    )
      return;
    const declared = res.headers.get('content-length');
    if (declared !== null && Number(declared) < threshold) return;
    const accepted = acceptedEncodings(accept);
    const encoding = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
    if (!encoding) return;
    const raw = Buffer.from(await res.arrayBuffer());
    const small = raw.length < threshold;
    // Quality 4 and level 6: most of the saving for a fraction of the highest levels' CPU, per request.
    const body = small
      ? raw
      : encoding === 'br'
        ? await brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : await gzip(raw, { level: 6 });
    // Hono copies the replaced answer's headers (all but its type) onto the new one.
    res.headers.delete('content-length');
    const headers: Record<string, string> = { 'content-type': res.headers.get('content-type')!, 'content-length': String(body.length) };
    if (!small) headers['content-encoding'] = encoding;
    c.res = new Response(body as Uint8Array<ArrayBuffer>, { status: res.status, headers });
  };
}
