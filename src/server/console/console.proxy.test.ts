import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { badRequests, seedForBadRequests } from '../testing/bad-requests';
import { startTestConsole, type TestConsole } from '../testing/console-fixture';
import { observe, startTestEmulator, tempDir, type TestEmulator } from '../testing/emulator-fixture';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function pair(emulatorOptions: Parameters<typeof startTestEmulator>[0] = {}, consoleOptions: { upstreamTimeoutMs?: number } = {}) {
  const emu = await startTestEmulator(emulatorOptions);
  cleanups.push(() => emu.close());
  const con = await startTestConsole({ serviceKey: emu.serviceKey, ...consoleOptions });
  cleanups.push(() => con.close());
  return { emu, con };
}

describe('the proxy with the emulator upstream, over real HTTP and OAuth', () => {
  it('serves many requests with one token', async () => {
    const { con } = await pair();
    const answers = await Promise.all(Array.from({ length: 20 }, () => con.api('/admin/secrets', { scope: { kind: 'main' } })));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(con.deps.upstream.tokens.fetches).toBe(1);
  });

  it('refreshes a short-lived token without the caller noticing', async () => {
    const { con } = await pair({ tokenTtlS: 2 });
    expect((await con.api('/admin/resourceGroups')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2200));
    expect((await con.api('/admin/resourceGroups')).status).toBe(200);
    expect(con.deps.upstream.tokens.fetches).toBe(2);
  });

  it('retries once with a fresh token when the upstream answers 401', async () => {
    const dir = tempDir();
    const first = await startTestEmulator({ dataDir: dir });
    const con = await startTestConsole({ serviceKey: first.serviceKey });
    cleanups.push(() => con.close());
    expect((await con.api('/admin/resourceGroups')).status).toBe(200);
    // The upstream restarts with a new signing key: the console's cached token is now refused.
    await first.close();
    await new Promise((r) => setTimeout(r, 100)); // let pooled keep-alive sockets see the close
    const identity = JSON.parse(fs.readFileSync(path.join(dir, 'emulator.json'), 'utf8'));
    fs.writeFileSync(path.join(dir, 'emulator.json'), JSON.stringify({ ...identity, signingKey: 'rotated-key' }));
    const second = await startTestEmulator({ dataDir: dir, port: first.port });
    cleanups.push(() => second.close());
    expect((await con.api('/admin/resourceGroups')).status).toBe(200);
    expect(con.deps.upstream.tokens.fetches).toBe(2);
  });

  it('answers 502 in the envelope when the upstream is stopped', async () => {
    const { emu, con } = await pair();
    expect((await con.api('/admin/secrets', { scope: { kind: 'main' } })).status).toBe(200);
    await emu.close();
    const res = await con.api('/admin/secrets', { scope: { kind: 'main' } });
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('UpstreamUnreachable');
    expect(res.body.error.message).toMatch(/could not be reached.*Check that it is running/);
    expect(res.body.error.requestId).toEqual(expect.any(String));
  });

  it('answers 504 in the envelope when the upstream is too slow', async () => {
    const { con } = await pair({ latencyMs: 1500 }, { upstreamTimeoutMs: 300 });
    const res = await con.api('/admin/resourceGroups');
    expect(res.status).toBe(504);
    expect(res.body.error).toMatchObject({ code: 'UpstreamTimeout', target: '/api/v2/admin/resourceGroups' });
  });

  it('explains a refused client secret without revealing it', async () => {
    const emu = await startTestEmulator();
    cleanups.push(() => emu.close());
    const con = await startTestConsole({ serviceKey: { ...emu.serviceKey, clientsecret: 'wrong-secret-value' } });
    cleanups.push(() => con.close());
    const res = await con.api('/admin/resourceGroups');
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('TokenUnavailable');
    expect(res.body.error.message).toMatch(/refused the credentials \(HTTP 401\): check the service key's clientid and clientsecret/);
    expect(JSON.stringify(res.body)).not.toContain('wrong-secret-value');
  });

  it('forwards only the allowed paths and methods', async () => {
    const { con } = await pair();
    for (const [method, p] of [
      ['GET', '/admin/deployments'],
      ['PUT', '/admin/secrets/x'],
      ['DELETE', '/admin/secrets'],
      ['POST', '/admin/resourceQuota/secrets'],
      ['GET', '/admin/secrets/%2e%2e'],
      ['GET', '/admin/secrets/a%2Fb'],
      ['GET', '/lm/deployments'],
    ] as const) {
      const res = await con.api(p, { method, scope: { kind: 'main' } });
      expect(res.status, `${method} ${p}`).toBe(404);
      expect(res.body.error.code).toBe('NotFound');
    }
    expect((await fetch(`${con.url}/api/other`)).status).toBe(404);
  });

  it('refuses cross-site writes', async () => {
    const { con } = await pair();
    const body = { name: 'csrf', data: { k: 'Zm9v' } };
    const scope = { kind: 'main' } as const;
    const foreign = await con.api('/admin/secrets', { scope, body, headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    const crossSite = await con.api('/admin/secrets', { scope, body, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const noHeader = await con.api('/admin/secrets', { scope, body, headers: { 'x-console-request': '' } });
    expect(noHeader.status).toBe(403);
    expect((await con.api('/admin/secrets/csrf', { scope })).status).toBe(404); // nothing was created
    const own = await con.api('/admin/secrets', { scope, body, headers: { origin: con.url, 'sec-fetch-site': 'same-origin' } });
    expect(own.status).toBe(200);
  });

  it('sets the security headers and no-store on /api', async () => {
    const { con } = await pair();
    const res = await con.api('/admin/resourceGroups');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('reports mode, upstream, token state and health at /api/console, never the token', async () => {
    const { emu, con } = await pair();
    const res = await fetch(`${con.url}/api/console`);
    const body = await res.json();
    expect(body).toMatchObject({ mode: 'upstream', upstream: new URL(emu.url).host, token: { state: 'valid' }, health: { ok: true } });
    expect(Date.parse(body.token.validUntil)).toBeGreaterThan(Date.now());
    expect(JSON.stringify(body)).not.toMatch(/eyJ/);
  });

  it('logs one line a request, without bodies, tokens or keys', async () => {
    const { emu, con } = await pair();
    await con.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'logged', data: { k: 'c2VjcmV0LXZhbHVl' } } });
    const line = con.logs.map((l) => JSON.parse(l)).find((l) => l.method === 'POST' && l.route === '/api/v2/admin/secrets');
    expect(line).toMatchObject({ msg: 'request', status: 200, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const all = con.logs.join('\n');
    for (const secret of ['c2VjcmV0LXZhbHVl', emu.serviceKey.clientsecret, emu.token.slice(0, 20)]) expect(all).not.toContain(secret);
  });

  it('never forwards the browser cookies or Authorization, and drops the upstream Set-Cookie', async () => {
    let seen: http.IncomingHttpHeaders = {};
    const fake = http.createServer((req, res) => {
      req.resume();
      if (req.url === '/oauth/token') {
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify({ access_token: 'upstream-token', expires_in: 3600 }));
      }
      seen = req.headers;
      res.setHeader('set-cookie', 'session=upstream; HttpOnly');
      res.setHeader('content-type', 'application/json');
      res.end('{"count":0,"resources":[]}');
    });
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', () => r()));
    cleanups.push(() => new Promise((r) => fake.close(r)));
    const url = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
    const con = await startTestConsole({ serviceKey: { clientid: 'c', clientsecret: 's', url, serviceurls: { AI_API_URL: url } } });
    cleanups.push(() => con.close());
    const res = await con.api('/admin/secrets?$top=5', {
      scope: { kind: 'tenant-wide' },
      headers: { cookie: 'console=1', authorization: 'Bearer browser-token', prefer: 'return=minimal', 'x-other': 'x' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(seen.authorization).toBe('Bearer upstream-token');
    expect(seen.cookie).toBeUndefined();
    expect(seen['x-other']).toBeUndefined();
    expect(seen).toMatchObject({ 'ai-tenant-scope': 'true', 'ai-resource-group': '*', prefer: 'return=minimal' });
  });

  it('refuses a body over the limit with 413', async () => {
    const { con } = await pair();
    const res = await con.api('/admin/secrets', {
      scope: { kind: 'main' },
      rawBody: 'x'.repeat(3 * 1024 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PayloadTooLarge');
  });
});

describe('the bad-input catalogue through the proxy', () => {
  let emu: TestEmulator;
  let con: TestConsole;
  it('answers each malformed request with a 4xx envelope and changes nothing', async () => {
    ({ emu, con } = await pair());
    await seedForBadRequests(emu.api);
    const before = await observe(emu.api);
    for (const req of badRequests.filter((r) => !r.directOnly)) {
      const res = await con.api(req.path, req);
      expect(res.status, req.title).toBe(req.status);
      expect(res.body.error.code, req.title).toBe(req.proxyCode ?? req.code);
      expect(res.body.error.requestId, req.title).toEqual(expect.any(String));
    }
    expect(await observe(emu.api)).toEqual(before);
  });
});

describe('access control', () => {
  it('refuses a non-loopback host without CONSOLE_AUTH, and asks for basic auth when set', async () => {
    const emu = await startTestEmulator();
    cleanups.push(() => emu.close());
    await expect(startTestConsole({ serviceKey: emu.serviceKey, host: '0.0.0.0' })).rejects.toThrow(/without access control/);
    const con = await startTestConsole({ serviceKey: emu.serviceKey, auth: { username: 'admin', password: 'pw' } });
    cleanups.push(() => con.close());
    expect((await fetch(`${con.url}/api/console`)).status).toBe(401);
    const ok = await fetch(`${con.url}/api/console`, { headers: { authorization: `Basic ${btoa('admin:pw')}` } });
    expect(ok.status).toBe(200);
  });
});
