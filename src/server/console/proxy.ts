// Forwards an allowed AI Core call upstream with a token of the console's own. The browser's cookies and
// Authorization never go upstream, and the upstream's Set-Cookie never comes back.
import { errorEnvelope, type ErrorCode } from '../../contract';
import { TokenError, type TokenProvider } from './token-provider';
import { UpstreamTimeout, type UpstreamAnswer, type UpstreamClient } from './upstream-client';

const FORWARDED_REQUEST_HEADERS = ['ai-tenant-scope', 'ai-resource-group', 'content-type', 'accept', 'prefer'];
// `link` carries the group list's next page (continueToken); `preference-applied` answers `prefer`.
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'x-request-id', 'link', 'preference-applied'];

export type Upstream = { base: string; host: string; tokens: TokenProvider; timeoutMs: number; client: UpstreamClient };

/** The request's headers by lower-case name (a WHATWG Headers, or upstream/fast-path.ts's reader). */
export type HeaderReader = { get(name: string): string | null };

export type ProxyRequest = {
  method: string;
  path: string;
  search: string;
  headers: HeaderReader;
  body: ArrayBuffer | null;
  requestId: string;
  target: string;
};

/** What the proxy answers: plain data, turned into a response by the app (Hono's fast path). */
export type ProxyAnswer = { status: number; headers: Record<string, string>; body: Uint8Array | string | null };

function envelope(status: number, code: ErrorCode, message: string, req: ProxyRequest): ProxyAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(errorEnvelope(code, message, req.requestId, req.target)),
  };
}

export async function forward(upstream: Upstream, req: ProxyRequest): Promise<ProxyAnswer> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = req.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  const url = `${upstream.base}${req.path}${req.search}`;
  const body = req.body && req.body.byteLength > 0 ? Buffer.from(req.body) : null;
  const send = (token: string) => {
    headers.authorization = `Bearer ${token}`;
    return upstream.client.request(url, req.method, headers, body);
  };

  let res: UpstreamAnswer;
  try {
    let token = await upstream.tokens.get();
    res = await send(token);
    if (res.status === 401) {
      // The token may have been revoked or the upstream restarted: one retry with a fresh token.
      upstream.tokens.invalidate(token);
      token = await upstream.tokens.get();
      res = await send(token);
    }
  } catch (err) {
    if (err instanceof TokenError)
      return err.kind === 'timeout'
        ? envelope(504, 'UpstreamTimeout', `The console could not sign in to AI Core: ${err.message}. It retries on your next action.`, req)
        : envelope(502, 'TokenUnavailable', `The console could not sign in to AI Core: ${err.message}.`, req);
    if (err instanceof UpstreamTimeout)
      return envelope(
        504,
        'UpstreamTimeout',
        `AI Core at ${upstream.host} did not answer within ${Math.round(upstream.timeoutMs / 1000)} s. It may be overloaded; try again in a moment.`,
        req,
      );
    return envelope(
      502,
      'UpstreamUnreachable',
      `AI Core at ${upstream.host} could not be reached (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Check that it is running and that the service key's AI_API_URL is right; the console retries on your next action.`,
      req,
    );
  }

  const out: Record<string, string> = {};
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = res.headers[name];
    if (typeof value === 'string') out[name] = value;
  }
  const empty = res.status === 204 || res.status === 304 || res.body.length === 0;
  return { status: res.status, headers: out, body: empty ? null : res.body };
}
