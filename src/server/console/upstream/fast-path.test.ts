// The proxy's fast path against the Hono app it stands in front of. Every request goes to two consoles on
// the same upstream: one with the fast path, one with the app alone. The client must see the same answer
// from both (status, headers, body, and the same request log line), whichever path served it; and the
// fast path must hand over exactly what one of the app's checks refuses or does not proxy.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '../../testing/emulator-fixture';
import { readSignInConfig } from '../auth/config';
import type { Session } from '../auth/session';
import { SignIn } from '../auth/sign-in';
import type { ServiceKey } from '../credentials';
import { consoleDeps, consoleHandlers, type ConsoleOptions } from '../server';

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
type Served = { url: string; logs: string[]; close: () => Promise<void> };

const closers: (() => Promise<void>)[] = [];
let emu: TestEmulator;

beforeAll(async () => {
  emu = await startTestEmulator();
  // Enough secrets that a page of them is over the compression threshold.
  for (let i = 0; i < 40; i++)
    await emu.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: `mix-${i}`, data: { k: 'dg==' } } });
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await emu?.close();
});

function listen(listener: http.RequestListener, logs: string[], close: () => void): Promise<Served> {
  const server = http.createServer(listener);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const served = {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        logs,
        close: () =>
          new Promise<void>((r) => {
            close();
            server.close(() => r());
            server.closeAllConnections();
          }),
      };
      closers.push(served.close);
      resolve(served);
    }),
  );
}

/** A console with the fast path (recording what it hands to the app), and one with the app alone. */
async function consoles(options: Partial<ConsoleOptions> & { serviceKey?: ServiceKey } = {}) {
  const handed: string[] = [];
  const make = async (withFastPath: boolean) => {
    const logs: string[] = [];
    const deps = consoleDeps({ mode: 'upstream', serviceKey: emu.serviceKey, log: (line) => logs.push(line), ...options });
    const { app, fastPath } = consoleHandlers(deps);
    const appListener = getRequestListener(app.fetch, { hostname: '127.0.0.1' });
    const listener = withFastPath
      ? fastPath((req, res) => {
          handed.push(`${req.method} ${req.url}`);
          return appListener(req, res);
        })
      : appListener;
    return listen(listener, logs, () => deps.connections.close());
  };
  return { fast: await make(true), app: await make(false), handed };
}

/** The request exactly as given: the path is not normalised on the way, as `fetch` would. */
function send(base: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { hostname, port } = new URL(base);
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request({ hostname, port, path, method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** What a client can compare across two answers: ids are random, a sealed cookie differs every time. */
function observed(answer: Answer) {
  const { date, 'x-request-id': upstreamId, connection, 'keep-alive': keepAlive, ...headers } = answer.headers;
  void [date, connection, keepAlive];
  const encoding = headers['content-encoding'];
  const raw = encoding === 'br' ? zlib.brotliDecompressSync(answer.body) : encoding === 'gzip' ? zlib.gunzipSync(answer.body) : answer.body;
  if (headers['content-length'] !== undefined) expect(Number(headers['content-length'])).toBe(answer.body.length);
  delete headers['content-length'];
  if (headers['set-cookie']) headers['set-cookie'] = headers['set-cookie'].map((c) => c.replace(/=[^;]*/, '=(sealed)'));
  const text = raw.toString('utf8').replace(/"requestId":"[^"]*"/g, '"requestId":"(id)"');
  return { status: answer.status, headers, upstreamId: typeof upstreamId, body: text };
}

function lastLine(logs: string[]) {
  const line = JSON.parse(logs.at(-1) ?? '{}') as Record<string, unknown>;
  const { time, ms, pid, hostname, requestId, aicoreRequestId, ...rest } = line;
  void [time, pid, hostname];
  return { ...rest, ms: typeof ms, requestId: typeof requestId, aicoreRequestId: typeof aicoreRequestId };
}

const MAIN = { 'ai-tenant-scope': 'true' };

/** Sends the same request to both consoles; the answers and the log lines must be the same. */
async function same(pair: Awaited<ReturnType<typeof consoles>>, path: string, init: Parameters<typeof send>[2] = {}) {
  const before = pair.handed.length;
  const fast = await send(pair.fast.url, path, init);
  const app = await send(pair.app.url, path, init);
  expect(observed(fast), path).toEqual(observed(app));
  expect(lastLine(pair.fast.logs), path).toEqual(lastLine(pair.app.logs));
  return { answer: fast, handed: pair.handed.length > before };
}

describe('the fast path answers as the app does', () => {
  it('serves the proxied GETs itself, compressed as the client accepts, per connection too', async () => {
    const pair = await consoles();
    for (const [path, headers, status] of [
      ['/api/v2/admin/secrets?$top=20&$count=true', MAIN, 200],
      ['/api/v2/admin/secrets?$top=50', { ...MAIN, 'accept-encoding': 'gzip, deflate, br' }, 200],
      ['/api/v2/admin/secrets', { ...MAIN, 'accept-encoding': 'gzip' }, 200],
      ['/api/v2/admin/secrets/mix-7', MAIN, 200],
      ['/api/v2/admin/secrets/missing', MAIN, 404],
      ['/api/v2/admin/secrets', {}, 400],
      ['/api/c/default/v2/admin/resourceGroups', {}, 200],
      ['/api/v2/admin/secrets/mix-7', { ...MAIN, 'x-request-id': 'trace-me-7' }, 200],
    ] as const) {
      const { answer, handed } = await same(pair, path, { headers });
      expect(answer.status, path).toBe(status);
      expect(handed, path).toBe(false);
    }
    const big = await send(pair.fast.url, '/api/v2/admin/secrets?$top=50', { headers: { ...MAIN, 'accept-encoding': 'br' } });
    expect(big.headers['content-encoding']).toBe('br');
    expect(big.headers.vary).toBe('Accept-Encoding');
    expect(JSON.parse(zlib.brotliDecompressSync(big.body).toString('utf8')).resources).toHaveLength(40);
    expect(pair.fast.logs.some((l) => l.includes('"requestId":"trace-me-7"'))).toBe(true);
  });

  it('hands everything a check refuses, and everything it does not proxy, to the app', async () => {
    const pair = await consoles({ maxBodyBytes: 16 });
    for (const [path, init, status] of [
      ['/api/c/nowhere/v2/admin/secrets', { headers: MAIN }, 404],
      ['/api/v2/admin/deployments', { headers: MAIN }, 404],
      ['/api/v2/admin/secrets/%2e%2e', { headers: MAIN }, 404],
      ['/api/v2/admin/secrets/a%2Fb', { headers: MAIN }, 404],
      ['/api/v2/admin/secrets/../resourceGroups', { headers: MAIN }, 200],
      ['/api/v2/admin/secrets', { headers: { ...MAIN, host: 'evil.example' } }, 403],
      // A GET with a declared body over the limit (16 bytes here).
      ['/api/v2/admin/secrets', { headers: { ...MAIN, 'content-length': '28' }, body: '{"padding":"over the limit"}' }, 413],
      ['/api/v2/admin/secrets', { method: 'HEAD', headers: MAIN }, 404],
      ['/api/v2/admin/secrets', { method: 'POST', headers: { ...MAIN, 'content-type': 'application/json' }, body: '{}' }, 403],
      ['/api/nothing', {}, 404],
      ['/healthz', {}, 200],
    ] as const) {
      const { answer, handed } = await same(pair, path, init);
      expect(answer.status, path).toBe(status);
      expect(handed, path).toBe(true);
    }
  });

  it('answers an upstream that cannot be reached with the same 502 envelope', async () => {
    const dead = { ...emu.serviceKey, serviceurls: { AI_API_URL: 'http://127.0.0.1:9' } };
    const pair = await consoles({ serviceKey: dead });
    const { answer, handed } = await same(pair, '/api/v2/admin/secrets', { headers: MAIN });
    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body.toString()).error.code).toBe('UpstreamUnreachable');
    expect(handed).toBe(false);
  });

  it('with basic auth, serves only the right credentials and leaves the 401 to the app', async () => {
    const pair = await consoles({ auth: { username: 'admin', password: 'pässword' } });
    const basic = (pair: string) => ({ ...MAIN, authorization: `Basic ${Buffer.from(pair).toString('base64')}` });
    const served = await same(pair, '/api/v2/admin/secrets', { headers: basic('admin:pässword') });
    expect([served.answer.status, served.handed]).toEqual([200, false]);
    for (const headers of [MAIN, basic('admin:wrong'), basic('Admin:pässword'), basic('admin'), { ...MAIN, authorization: 'Bearer x' }]) {
      const refused = await same(pair, '/api/v2/admin/secrets', { headers });
      expect([refused.answer.status, refused.handed]).toEqual([401, true]);
      expect(refused.answer.headers['www-authenticate']).toBe('Basic realm="AI Core Secrets Console"');
    }
  });

  it('with sign-in, serves a signed-in viewer or editor and leaves refusals and cookie renewals to the app', async () => {
    const config = readSignInConfig({
      OIDC_ISSUER: 'http://127.0.0.1:9/never-asked',
      OIDC_CLIENT_ID: 'console',
      OIDC_CLIENT_SECRET: 'console-client-secret',
      CONSOLE_PUBLIC_URL: 'http://127.0.0.1:8080',
      SESSION_SECRET: 'a-session-secret-of-at-least-32-characters!',
    })!;
    const signIn = new SignIn(config);
    const pair = await consoles({ signIn });
    const now = Date.now();
    const session = (role: Session['role'], seenAgoMs = 0): Session => ({
      sid: `sid-${role}-${seenAgoMs}`,
      sub: 'u1',
      name: 'Vera Viewer',
      roles: role ? [role] : [],
      role,
      startedAt: now - seenAgoMs,
      seenAt: now - seenAgoMs,
    });
    const cookie = async (s: Session) => ({ ...MAIN, cookie: `other=1; console_session=${await signIn.codec.seal(s)}` });
    for (const [what, headers, status, handed] of [
      ['editor', await cookie(session('editor')), 200, false],
      ['viewer', await cookie(session('viewer')), 200, false],
      ['renewal due', await cookie(session('viewer', 5 * 60_000)), 200, true],
      ['no role', await cookie(session(null)), 403, true],
      ['no cookie', MAIN, 401, true],
      ['forged cookie', { ...MAIN, cookie: 'console_session=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z' }, 401, true],
    ] as const) {
      const result = await same(pair, '/api/v2/admin/secrets', { headers });
      expect([what, result.answer.status, result.handed]).toEqual([what, status, handed]);
      if (what === 'renewal due') expect(result.answer.headers['set-cookie']?.[0]).toMatch(/^console_session=/);
    }
  });
});
