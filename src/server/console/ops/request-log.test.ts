// The request log as an operator reads it and as an attacker would like to abuse it: one JSON line a
// request, the route and never the names, values, tokens or query strings in it, and no control character
// from a client that could forge or colour a line (#10 point 7).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console-fixture';
import { startTestEmulator, type TestEmulator } from '../../testing/emulator-fixture';
import { isoTime, logLevelFromEnv } from './logger';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

type Line = Record<string, unknown>;

async function pair(): Promise<{ emu: TestEmulator; con: TestConsole }> {
  const emu = await startTestEmulator();
  cleanups.push(() => emu.close());
  const con = await startTestConsole({ serviceKey: emu.serviceKey });
  cleanups.push(() => con.close());
  return { emu, con };
}

const requestLines = (con: TestConsole): Line[] => con.logs.map((l) => JSON.parse(l) as Line).filter((l) => l.msg === 'request');

/** A request exactly as written, percent escapes and all (fetch would normalise some of them). */
function rawGet(url: string, path: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path, method: 'GET', headers: { 'ai-tenant-scope': 'true' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the request log', () => {
  it('writes one JSON line a request: method, route, status, duration, connection, our and AI Core’s request ids', async () => {
    const { emu, con } = await pair();
    const value = 'c2VjcmV0LXZhbHVlLW5ldmVyLWxvZ2dlZA==';
    const created = await con.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'payroll-db', data: { password: value } } });
    expect(created.status).toBe(200);
    const read = await con.api('/admin/secrets/payroll-db?$top=5&access_token=from-a-query', { scope: { kind: 'main' } });
    const missing = await con.api('/admin/secrets/no-such-secret', { scope: { kind: 'main' } });
    expect(missing.status).toBe(404);

    const lines = requestLines(con);
    expect(lines).toHaveLength(3);
    const [post, get, notFound] = lines;
    expect(post).toMatchObject({ level: 'info', method: 'POST', route: '/api/v2/admin/secrets', status: 200, connection: 'default' });
    expect(post!.ms).toEqual(expect.any(Number));
    expect(Date.parse(post!.time as string)).not.toBeNaN();
    // AI Core's id, as it answered, beside ours: an admin quotes the one, SAP support asks for the other.
    expect(post!.aicoreRequestId).toBe(created.headers.get('x-request-id'));
    expect(post!.requestId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(post!.requestId).not.toBe(post!.aicoreRequestId);
    expect(get).toMatchObject({ method: 'GET', route: '/api/v2/admin/secrets/:name', status: read.status });
    expect(notFound).toMatchObject({ level: 'warn', route: '/api/v2/admin/secrets/:name', status: 404 });

    const all = con.logs.join('\n');
    for (const never of [
      value,
      'payroll-db',
      'no-such-secret',
      'access_token',
      'from-a-query',
      '$top',
      emu.serviceKey.clientsecret,
      emu.token,
    ])
      expect(all).not.toContain(never);
  });

  it('names the route, not the path, everywhere: the API, the console’s own endpoints, unknown paths', async () => {
    const { con } = await pair();
    await fetch(`${con.url}/api/console`);
    await con.api('/admin/resourceGroups/team-payroll', { method: 'DELETE' });
    await fetch(`${con.url}/api/v2/admin/deployments/d-secret-id`);
    await fetch(`${con.url}/api/Secret_Looking_Path/x/y/z`);
    const routes = requestLines(con).map((l) => l.route);
    expect(routes).toEqual(['/api/console', '/api/v2/admin/resourceGroups/:resourceGroupId', '/api/v2/*', '/api/*']);
  });

  it('escapes control characters a client puts in a path: every entry is one line of valid JSON', async () => {
    const { con } = await pair();
    const nasty = [
      '/api/v2/admin/secrets/a%0Aforged%20line',
      '/api/v2/admin/secrets/%1B%5B31mred%1B%5B0m',
      '/api/%0D%0A%7B%22level%22%3A%22fatal%22%7D',
      '/api/v2/admin/resourceGroups/%00nul%7Fdel',
      '/assets/%0Ainjected.js',
      '/c/dev/secrets/%E2%80%A8line-separator%0A',
      '/%0A%0D%09%1B',
    ];
    for (const path of nasty) expect(await rawGet(con.url, path)).toBeGreaterThanOrEqual(200);

    expect(requestLines(con)).toHaveLength(nasty.length);
    for (const raw of con.logs) {
      // No raw C0 control, DEL, or Unicode line/paragraph separator: a terminal or a log shipper splitting
      // on them sees exactly one record.
      // eslint-disable-next-line no-control-regex -- control characters are what this looks for
      expect(raw).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
      expect(() => JSON.parse(raw)).not.toThrow();
    }
    expect(requestLines(con).map((l) => l.route)).toEqual([
      '/api/v2/admin/secrets/:name',
      '/api/v2/admin/secrets/:name',
      '/api/*',
      '/api/v2/admin/resourceGroups/:resourceGroupId',
      '/assets/*',
      '/*',
      '/*',
    ]);
    expect(con.logs.join('\n')).not.toMatch(/forged|red|injected|fatal"\}/);
  });

  it('keeps probes out of the log unless they fail; LOG_LEVEL is checked at start', async () => {
    const { con } = await pair();
    expect((await fetch(`${con.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${con.url}/readyz`)).status).toBe(200);
    expect(requestLines(con)).toEqual([]);

    expect(logLevelFromEnv({})).toBe('info');
    expect(logLevelFromEnv({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(() => logLevelFromEnv({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace/);
  });

  it('logs the console’s own failures as errors, with the request id the client was given', async () => {
    // An upstream that accepts the connection and closes it: the proxy answers 502 in the envelope.
    const broken = http.createServer((req, res) => {
      if (req.url === '/oauth/token') {
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify({ access_token: 't', expires_in: 3600 }));
      }
      req.socket.destroy();
    });
    await new Promise<void>((r) => broken.listen(0, '127.0.0.1', () => r()));
    cleanups.push(() => new Promise((r) => broken.close(r)));
    const url = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`;
    const con = await startTestConsole({ serviceKey: { clientid: 'c', clientsecret: 's', url, serviceurls: { AI_API_URL: url } } });
    cleanups.push(() => con.close());
    const res = await con.api('/admin/secrets', { scope: { kind: 'main' } });
    expect(res.status).toBe(502);
    const [line] = requestLines(con);
    expect(line).toMatchObject({ level: 'error', status: 502, requestId: res.body.error.requestId });
    expect(line!.aicoreRequestId).toBeUndefined();
  });
});

describe("the log line's time", () => {
  it("is the time of the line to the millisecond, in pino's ISO form, though formatted once a millisecond", () => {
    vi.useFakeTimers();
    try {
      for (const at of ['2026-11-24T00:25:46.123Z', '2026-11-24T00:25:46.123Z', '2026-11-24T00:25:46.124Z', '2027-01-01T00:00:00.000Z']) {
        vi.setSystemTime(new Date(at));
        expect(isoTime()).toBe(pino.stdTimeFunctions.isoTime());
        expect(isoTime()).toBe(`,"time":"${at}"`);
      }
    } finally {
      vi.useRealTimers();
    }
  });
});
