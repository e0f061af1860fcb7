// The headers a security review expects, on every kind of console answer (the app, assets, API answers,
// refusals and errors), and no stack trace anywhere, also for input that used to throw.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { COLOR_SCHEME_SCRIPT, COLOR_SCHEME_SCRIPT_HASH } from './color-scheme-script';
import type { TestConsole } from '../../testing/console-fixture';
import { consolesOnEmulator } from '../../testing/consoles-on-emulator';
import { rawRequest, type RawAnswer } from '../../testing/raw-http';

const at = consolesOnEmulator((emu) => ({
  con: { maxBodyBytes: 1024 },
  guarded: { auth: { username: 'admin', password: 'pw' } },
  deadUpstream: {
    serviceKey: { ...emu.serviceKey, url: 'http://127.0.0.1:9', serviceurls: { AI_API_URL: 'http://127.0.0.1:9' } },
    staticDir: undefined,
  },
}));

const app = { 'x-console-request': '1', 'ai-tenant-scope': 'true', 'content-type': 'application/json' };

function expectReviewHeaders(res: RawAnswer, what: string) {
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp, what).toMatch(/frame-ancestors 'none'/);
  // The page's own files and the one color-scheme script, by its hash: nothing else inline, nothing elsewhere.
  expect(csp, what).toMatch(/script-src 'self' 'sha256-[\w+/]+='(;|$)/);
  expect(csp, what).toContain(`script-src 'self' ${COLOR_SCHEME_SCRIPT_HASH}`);
  expect(COLOR_SCHEME_SCRIPT_HASH).toBe(`'sha256-${createHash('sha256').update(COLOR_SCHEME_SCRIPT).digest('base64')}'`);
  expect(csp, what).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toBe('no-referrer');
}

const noStack = (res: RawAnswer) => {
  expect(res.text).not.toMatch(/\n\s+at |\.ts:\d+|node:internal|Error: /);
};

describe('security headers on every console answer', () => {
  it('on the app, its assets and client routes', async () => {
    for (const p of ['/', '/assets/app-1.js', '/c/default/secrets', '/assets/missing.js']) {
      const res = await rawRequest(`${at.con.url}${p}`);
      expectReviewHeaders(res, p);
    }
  });

  it('on every /api answer, with Cache-Control: no-store, refusals and errors included', async () => {
    const cases: [string, TestConsole, string, { method?: string; headers?: Record<string, string>; body?: string }, number][] = [
      ['list', at.con, '/api/v2/admin/secrets', { headers: app }, 200],
      ['status', at.con, '/api/console', {}, 200],
      [
        'cross-site write',
        at.con,
        '/api/v2/admin/secrets',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
        403,
      ],
      ['unknown endpoint', at.con, '/api/nothing', {}, 404],
      ['too large', at.con, '/api/v2/admin/secrets', { method: 'POST', headers: app, body: 'x'.repeat(2048) }, 413],
      ['no password', at.guarded, '/api/v2/admin/secrets', { headers: app }, 401],
      ['wrong password', at.guarded, '/api/console', { headers: { authorization: 'Basic ' + btoa('admin:nope') } }, 401],
      ['upstream down', at.deadUpstream, '/api/v2/admin/secrets', { headers: app }, 502],
    ];
    for (const [what, c, p, opts, status] of cases) {
      const res = await rawRequest(`${c.url}${p}`, opts);
      expect(res.status, what).toBe(status);
      expectReviewHeaders(res, what);
      expect(res.headers['cache-control'], what).toBe('no-store');
      noStack(res);
    }
  });

  it('a malformed Origin is a 403 refusal in the envelope, not a 500 with a stack', async () => {
    for (const origin of ['not a url', 'http://[', '%%%', 'null']) {
      const res = await rawRequest(`${at.con.url}/api/v2/admin/secrets`, {
        method: 'POST',
        headers: { ...app, origin },
        body: JSON.stringify({ name: 'x', data: { k: 'dg==' } }),
      });
      expect(res.status, origin).toBe(403);
      expect(res.json().error.code).toBe('Forbidden');
      noStack(res);
    }
    expect((await at.emu.api('/admin/secrets', { scope: { kind: 'main' } })).body.resources).toEqual([]);
  });
});
