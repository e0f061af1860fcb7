// The proxy's hot path on plain node:http: a GET under /api/v2/* or /api/c/{name}/v2/* whose every check
// passes is answered here, without Hono's Request, Response and middleware chain (more than half of the
// console's CPU per proxied call, docs/decisions/0048 and 0053). The checks are the Hono app's own
// functions, called in the app's order; whatever one of them would refuse, and every other method, path or
// request target, goes to the Hono app unchanged, which answers it as before. So a refusal has one
// implementation, and this file decides only "serve here, or hand over".
import type http from 'node:http';
import type { ConnectionRegistry } from '../connections/registry';
import { connectionOf, upstreamRest } from '../connections/routing';
import type { SignIn } from '../auth/sign-in';
import { basicAuthMatches, type BasicCredentials } from '../http/basic-auth';
import { declaredOver } from '../http/body-limit';
import { compressOver, jsonEncoding } from '../http/compress-json';
import { isCrossSiteWrite } from '../http/csrf';
import { isHostAllowed } from '../http/host-allow-list';
import { API_CACHE_CONTROL, securityHeaderList } from '../http/security-headers';
import { afterLogged, type Logger } from '../ops/logger';
import { logRequestLine, requestIdOf } from '../ops/request-log';
import { forward, type HeaderReader } from '../proxy';
import { splitTarget, upstreamPath } from '../routes';

export type FastPathDeps = {
  connections: ConnectionRegistry;
  logger: Logger;
  allowedHosts: readonly string[];
  auth?: BasicCredentials;
  signIn?: SignIn;
  maxBody: number;
  tls: boolean;
};

const PROXIED = /^\/api(?:\/c\/[^/?]+)?\/v2\//;
// The request targets @hono/node-server takes as they are (its reValidRequestUrl and reDotSegment): it
// rewrites any other through `new URL()` (escapes, dot segments), so those go to the app, which reads the
// rewritten form. No `%` passes either, so the app's decoded path and this raw one are the same string.
const PLAIN_TARGET = /^\/[!#$&-;=?-[\]_a-z~]*$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;
// @hono/node-server's type for an answer with a body and none of its own.
const DEFAULT_CONTENT_TYPE = 'text/plain; charset=UTF-8';

/**
 * The request's headers as the app reads them (@hono/node-server's Headers over the raw list): by
 * lower-case name, repeated fields joined with ", " (cookies with "; ").
 */
class RawHeaders implements HeaderReader {
  constructor(private readonly raw: string[]) {}

  get(name: string): string | null {
    let value: string | null = null;
    for (let i = 0; i < this.raw.length; i += 2) {
      const field = this.raw[i]!;
      if (field.length !== name.length || field.toLowerCase() !== name) continue;
      value = value === null ? this.raw[i + 1]! : `${value}${name === 'cookie' ? '; ' : ', '}${this.raw[i + 1]}`;
    }
    return value;
  }

  read = (name: string): string | undefined => this.get(name) ?? undefined;
}

/** `app`: the Hono app's listener, which answers everything this path does not. */
export function withFastPath(deps: FastPathDeps, app: http.RequestListener): http.RequestListener {
  // The same headers the app's middleware sets on an /api answer, built once.
  const fixed: Record<string, string> = {};
  for (const [name, value] of securityHeaderList({ tls: deps.tls })) fixed[name.toLowerCase()] = value;
  fixed['cache-control'] = API_CACHE_CONTROL;
  fixed['vary'] = 'Accept-Encoding';

  // Nothing of ours throws here (forward answers every upstream failure itself). Should something, the app
  // answers this GET instead: it sends the call again, or renders the 500 as it always does.
  function handOverAfterFailure(req: http.IncomingMessage, res: http.ServerResponse, err: Error) {
    deps.logger.error(`console: fast path for GET failed: ${err.name}; answered by the app`);
    if (!res.headersSent) app(req, res);
    else res.destroy();
  }

  /** The answer, or false when a check says no (or the call is not one for this path): the app answers. */
  async function serve(req: http.IncomingMessage, res: http.ServerResponse, target: string): Promise<boolean> {
    const startedAt = performance.now();
    const headers = new RawHeaders(req.rawHeaders);
    const { pathname, search } = splitTarget(target);
    // The app's checks, in its order: host allow-list, basic auth, sign-in and roles, cross-site writes,
    // the body limit, the connection's name, the allow-list of paths.
    if (!isHostAllowed(headers.read('host'), deps.allowedHosts)) return false;
    if (deps.auth && !basicAuthMatches(headers.read('authorization'), deps.auth)) return false;
    if (deps.signIn) {
      // A session cookie due to be sealed again is the app's to write.
      const verdict = await deps.signIn.verdict(pathname, 'GET', headers.read('cookie'));
      if (verdict.kind !== 'allowed' || verdict.touch) return false;
    }
    if (isCrossSiteWrite('GET', headers.read)) return false;
    if (declaredOver(headers.read('content-length'), deps.maxBody)) return false;
    const connection = connectionOf(deps.connections, pathname);
    if (!connection) return false;
    const path = upstreamPath('GET', upstreamRest(pathname));
    if (!path) return false;

    const requestId = requestIdOf(headers.read('x-request-id'));
    const answer = await forward(connection.upstream, {
      method: 'GET',
      path,
      search,
      headers,
      body: null,
      requestId,
      target: pathname,
    });
    const out: Record<string, string> = { ...fixed };
    // Read-only detection learns from writes only; asked all the same, as the app asks.
    if (connection.access.observeAnswer('GET', answer.status)) out['x-console-refused-by'] = 'upstream';
    for (const name in answer.headers) out[name] = answer.headers[name]!;
    let body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
    if (body) {
      out['content-type'] ??= DEFAULT_CONTENT_TYPE;
      const encoding = jsonEncoding(headers.read('accept-encoding'), 'GET', out['content-type']);
      if (encoding) {
        const compressed = await compressOver(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding);
        body = compressed.body;
        if (compressed.encoding) out['content-encoding'] = compressed.encoding;
      }
      out['content-length'] = String(body.byteLength);
    }
    logRequestLine(deps.logger, {
      method: 'GET',
      path: pathname,
      status: answer.status,
      startedAt,
      connection: connection.name,
      requestId,
      upstreamId: answer.headers['x-request-id'],
    });
    // Once its line is written, as the app's answers (ops/turn-writer.ts).
    afterLogged(deps.logger, () => {
      try {
        res.writeHead(answer.status, out);
        if (body) res.end(body);
        else res.end();
      } catch (err) {
        handOverAfterFailure(req, res, err as Error);
      }
    });
    return true;
  }

  return (req, res) => {
    const target = req.url ?? '';
    if (req.method !== 'GET' || !PROXIED.test(target) || !PLAIN_TARGET.test(target) || DOT_SEGMENT.test(target)) return app(req, res);
    serve(req, res, target).then(
      (served) => {
        if (!served) app(req, res);
      },
      (err: Error) => handOverAfterFailure(req, res, err),
    );
  };
}
