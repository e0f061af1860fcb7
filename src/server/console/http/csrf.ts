// Cross-site request forgery: a mutating call must come from our own page. The custom header forces a
// CORS preflight, which this server never approves; Origin and Sec-Fetch-Site are checked too. Used by the
// Hono app (app.ts) and by the proxy's fast path (upstream/fast-path.ts), which takes only GETs.

export const CONSOLE_REQUEST_HEADER = 'x-console-request';

/** True when this request would change something and does not come from the console's own page. */
export function isCrossSiteWrite(method: string, header: (name: string) => string | undefined): boolean {
  if (method === 'GET' || method === 'HEAD') return false;
  const origin = header('origin');
  const site = header('sec-fetch-site');
  const host = header('host');
  const sameOrigin = !origin || (host !== undefined && URL.canParse(origin) && new URL(origin).host === host);
  return header(CONSOLE_REQUEST_HEADER) !== '1' || !sameOrigin || Boolean(site && site !== 'same-origin' && site !== 'none');
}
