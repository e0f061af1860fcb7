// GET /api/summary (and /api/c/{connection}/summary once connections are routed): the tenant in one request,
// so the browser makes one call for the map instead of one per resource group.
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorEnvelope } from '../../../contract';
import type { Upstream } from '../proxy';
import { TokenError } from '../token-provider';
import { UpstreamTimeout } from '../upstream-client';
import { composeSummary, SummaryError, type UpstreamGet } from './compose';

/** A GET upstream with the console's token; one retry with a fresh token after a 401, as the proxy does. */
export function upstreamGet(upstream: Upstream): UpstreamGet {
  return async (path, headers) => {
    const send = async (token: string) =>
      upstream.client.request(
        `${upstream.base}${path}`,
        'GET',
        { ...headers, accept: 'application/json', authorization: `Bearer ${token}` },
        null,
      );
    let token = await upstream.tokens.get();
    let res = await send(token);
    if (res.status === 401) {
      upstream.tokens.invalidate(token);
      token = await upstream.tokens.get();
      res = await send(token);
    }
    let json: unknown = null;
    try {
      json = res.body.length ? JSON.parse(res.body.toString('utf8')) : null;
    } catch {
      json = null;
    }
    const link = res.headers.link;
    return { status: res.status, link: typeof link === 'string' ? link : null, json };
  };
}

/** The upstream, or how to pick the request's one (the connection's, once /api/c/{connection} is routed). */
export function summaryRoutes(upstreamOf: Upstream | ((c: Context) => Upstream)) {
  const resolve = typeof upstreamOf === 'function' ? upstreamOf : () => upstreamOf;
  const app = new Hono();
  app.get('/summary', async (c) => {
    const upstream = resolve(c);
    const requestId = (c.get('requestId' as never) as string | undefined) ?? '';
    const target = new URL(c.req.url).pathname;
    try {
      const started = performance.now();
      const summary = await composeSummary(upstreamGet(upstream));
      // How long AI Core's lists took, for the browser's devtools and the bench (timing only, no data).
      c.header('Server-Timing', `upstream;dur=${(performance.now() - started).toFixed(1)};desc="lists from AI Core"`);
      return c.json(summary);
    } catch (err) {
      if (err instanceof SummaryError)
        return c.json(
          errorEnvelope('UpstreamError', `AI Core refused a list the summary needs: ${err.message}`, requestId, target),
          (err.status >= 400 ? err.status : 502) as ContentfulStatusCode,
        );
      if (err instanceof UpstreamTimeout)
        return c.json(
          errorEnvelope('UpstreamTimeout', `AI Core at ${upstream.host} did not answer in time; try again in a moment.`, requestId, target),
          504,
        );
      const message =
        err instanceof TokenError
          ? `The console could not sign in to AI Core: ${err.message}.`
          : `AI Core at ${upstream.host} could not be reached; the console retries on your next request.`;
      return c.json(errorEnvelope(err instanceof TokenError ? 'TokenUnavailable' : 'UpstreamUnreachable', message, requestId, target), 502);
    }
  });
  return app;
}
