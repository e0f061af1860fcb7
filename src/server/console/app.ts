// The console server: the built app, and a small proxy under /api that calls AI Core with a token of its
// own, so that the browser never holds a token or a service key.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { basicAuth } from 'hono/basic-auth';
import { errorEnvelope, type ErrorCode } from '../../contract';
import { forward, type Upstream } from './proxy';
import { upstreamPath } from './routes';

export const CONSOLE_REQUEST_HEADER = 'x-console-request';

export type ConsoleDeps = {
  upstream: Upstream;
  mode: 'emulator' | 'upstream';
  version: string;
  /** The built app; omitted under `npm run dev`, where Vite serves it. */
  staticDir?: string;
  /** "user:password" for HTTP basic auth on everything. */
  auth?: { username: string; password: string };
  maxBodyBytes?: number;
  log?: (line: string) => void;
};

type Env = { Variables: { requestId: string } };

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
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

export function createConsoleApp(deps: ConsoleDeps) {
  const app = new Hono<Env>();
  const log = deps.log ?? ((line: string) => console.log(line));
  const maxBody = deps.maxBodyBytes ?? 2 * 1024 * 1024;

  const fail = (c: Context<Env>, status: 403 | 404 | 413, code: ErrorCode, message: string) =>
    c.json(errorEnvelope(code, message, c.get('requestId'), new URL(c.req.url).pathname), status);

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set(
      'requestId',
      c.req
        .header('x-request-id')
        ?.slice(0, 64)
        .replace(/[^\w-]/g, '') || randomUUID(),
    );
    // Set before the handler runs, so they go into the response as it is made: changing a finished
    // response's headers afterwards would force a slow copy of it.
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    await next();
    // One line a request; never a body, a header value, a token or a key.
    const ms = (performance.now() - started).toFixed(1);
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms ${c.get('requestId')}`);
  });

  if (deps.auth) app.use('*', basicAuth({ ...deps.auth, realm: 'AI Core Secrets Console' }));

  app.use('/api/*', async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      // Cross-site request forgery: a mutating call must come from our own page. The custom header forces
      // a CORS preflight, which this server never approves; Origin and Sec-Fetch-Site are checked too.
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const host = c.req.header('host');
      const sameOrigin = !origin || (host !== undefined && new URL(origin).host === host);
      if (c.req.header(CONSOLE_REQUEST_HEADER) !== '1' || !sameOrigin || (site && site !== 'same-origin' && site !== 'none'))
        return fail(c, 403, 'Forbidden', 'Refused: changes must come from the console page itself (cross-site request).');
    }
    await next();
  });
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });

  app.get('/api/console', async (c) => {
    const health = await checkUpstream(deps.upstream);
    return c.json({
      mode: deps.mode,
      upstream: deps.upstream.host,
      version: deps.version,
      token: deps.upstream.tokens.status(),
      health,
    });
  });

  app.all('/api/v2/*', async (c) => {
    const url = new URL(c.req.url);
    const rest = url.pathname.slice('/api/v2'.length);
    const target = upstreamPath(c.req.method, rest);
    if (!target) return fail(c, 404, 'NotFound', `The console does not forward ${c.req.method} ${url.pathname}.`);
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > maxBody) return fail(c, 413, 'PayloadTooLarge', `The request body is larger than the limit of ${maxBody} bytes.`);
    const body = c.req.method === 'GET' || c.req.method === 'DELETE' ? null : await c.req.arrayBuffer();
    if (body && body.byteLength > maxBody)
      return fail(c, 413, 'PayloadTooLarge', `The request body is larger than the limit of ${maxBody} bytes.`);
    const answer = await forward(deps.upstream, {
      method: c.req.method,
      path: target,
      search: url.search,
      headers: c.req.raw.headers,
      body,
      requestId: c.get('requestId'),
      target: url.pathname,
    });
    for (const [name, value] of Object.entries(answer.headers)) c.header(name, value);
    return c.newResponse(answer.body as Uint8Array<ArrayBuffer> | string | null, answer.status as ContentfulStatusCode);
  });
  app.all('/api/*', (c) => fail(c, 404, 'NotFound', `No such console endpoint: ${c.req.method} ${new URL(c.req.url).pathname}.`));

  if (deps.staticDir) {
    const root = path.relative(process.cwd(), deps.staticDir) || '.';
    app.use(
      '/assets/*',
      async (c, next) => {
        await next();
        if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
      serveStatic({ root }),
    );
    // A missing asset is a 404, never the app's HTML under a script's name.
    app.get('/assets/*', (c) => c.text('Not found', 404));
    app.use('*', serveStatic({ root }));
    const indexHtml = fs.readFileSync(path.join(deps.staticDir, 'index.html'), 'utf8');
    // Client-side routes: every other GET gets the app.
    app.get('*', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(indexHtml);
    });
  }
  return app;
}

async function checkUpstream(upstream: Upstream) {
  const checkedAt = new Date().toISOString();
  try {
    const token = await upstream.tokens.get();
    const res = await fetch(`${upstream.base}/admin/resourceGroups?$top=1`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(Math.min(upstream.timeoutMs, 5000)),
    });
    await res.body?.cancel();
    if (res.status === 401) upstream.tokens.invalidate(token);
    return { ok: res.ok, status: res.status, checkedAt, message: res.ok ? 'AI Core answers' : `AI Core answered HTTP ${res.status}` };
  } catch (err) {
    const message =
      (err as Error).name === 'TimeoutError'
        ? 'AI Core did not answer in time'
        : (err as Error).message.includes('identity service')
          ? (err as Error).message
          : 'AI Core cannot be reached';
    return { ok: false, status: null, checkedAt, message };
  }
}
