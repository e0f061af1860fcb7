// Forwards an allowed AI Core call upstream with a token of the console's own. The browser's cookies and
// Authorization never go upstream, and the upstream's Set-Cookie never comes back.
import { errorEnvelope, type ErrorCode } from '../../contract';
import { TokenError, type TokenProvider } from './token-provider';

const FORWARDED_REQUEST_HEADERS = ['ai-tenant-scope', 'ai-resource-group', 'content-type', 'accept', 'prefer'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'x-request-id'];

export type Upstream = { base: string; host: string; tokens: TokenProvider; timeoutMs: number };

export type ProxyRequest = {
  method: string;
  path: string;
  search: string;
  headers: Headers;
  body: ArrayBuffer | null;
  requestId: string;
  target: string;
};

function envelope(status: number, code: ErrorCode, message: string, req: ProxyRequest): Response {
  return Response.json(errorEnvelope(code, message, req.requestId, req.target), { status });
}

function describeNetworkError(err: unknown): string {
  const cause = (err as { cause?: { code?: string } }).cause;
  return cause?.code ?? (err as Error).message;
}

export async function forward(upstream: Upstream, req: ProxyRequest): Promise<Response> {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = req.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const send = async (token: string) =>
    fetch(`${upstream.base}${req.path}${req.search}`, {
      method: req.method,
      headers: { ...Object.fromEntries(headers), authorization: `Bearer ${token}` },
      body: req.body && req.body.byteLength > 0 ? req.body : undefined,
      signal: AbortSignal.timeout(upstream.timeoutMs),
      redirect: 'manual',
    });

  let res: Response;
  let body: ArrayBuffer | null;
  try {
    let token = await upstream.tokens.get();
    res = await send(token);
    if (res.status === 401) {
      // The token may have been revoked or the upstream restarted: one retry with a fresh token.
      await res.body?.cancel();
      upstream.tokens.invalidate(token);
      token = await upstream.tokens.get();
      res = await send(token);
    }
    body = res.status === 204 || res.status === 304 ? null : await res.arrayBuffer();
  } catch (err) {
    if (err instanceof TokenError)
      return envelope(502, 'TokenUnavailable', `The console could not sign in to AI Core: ${err.message}.`, req);
    if ((err as Error).name === 'TimeoutError')
      return envelope(
        504,
        'UpstreamTimeout',
        `AI Core at ${upstream.host} did not answer within ${Math.round(upstream.timeoutMs / 1000)} s. It may be overloaded; try again in a moment.`,
        req,
      );
    return envelope(
      502,
      'UpstreamUnreachable',
      `AI Core at ${upstream.host} could not be reached (${describeNetworkError(err)}). Check that it is running and that the service key's AI_API_URL is right; the console retries on your next action.`,
      req,
    );
  }

  const out = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = res.headers.get(name);
    if (value !== null) out.set(name, value);
  }
  return new Response(body && body.byteLength ? body : null, { status: res.status, headers: out });
}
