// The emulator's endpoints outside AI Core's API (/__emulator/*) need its credential and refuse a web page,
// and its token endpoint answers bad credentials with 401, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '../testing/emulator-fixture';
import { rawRequest } from '../testing/raw-http';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
  await emu.api('/admin/secrets', { scope: { kind: 'tenant-wide' }, body: { name: 'tw', data: { k: 'c2VjcmV0' } } });
});
afterAll(() => emu?.close());

const own = [
  { method: 'GET', path: '/__emulator/health' },
  { method: 'POST', path: '/__emulator/resync' },
  { method: 'GET', path: '/__emulator/resourceGroups/default/secrets/tw' },
];

describe("the emulator's own endpoints", () => {
  it('refuse a request without the credential, or with a wrong one', async () => {
    for (const e of own)
      for (const authorization of [
        undefined,
        'Bearer not-a-token',
        `Basic ${btoa(`${emu.serviceKey.clientid}:${emu.serviceKey.clientsecret}`)}`,
      ]) {
        const res = await rawRequest(`${emu.url}${e.path}`, { method: e.method, headers: authorization ? { authorization } : {} });
        expect(res.status, `${e.method} ${e.path} ${authorization}`).toBe(401);
        expect(res.json().error.code).toBe('Unauthorized');
        expect(res.text).not.toContain('c2VjcmV0');
      }
  });

  it('refuse a cross-site browser request even when it carries the credential', async () => {
    const bearer = { authorization: `Bearer ${emu.token}` };
    for (const e of own)
      for (const browser of <Record<string, string>[]>[
        { origin: 'https://evil.example' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'null', 'sec-fetch-site': 'cross-site' },
      ]) {
        const res = await rawRequest(`${emu.url}${e.path}`, { method: e.method, headers: { ...bearer, ...browser } });
        expect(res.status, `${e.method} ${e.path} ${JSON.stringify(browser)}`).toBe(403);
        expect(res.json().error).toMatchObject({ code: 'Forbidden', message: expect.stringMatching(/refuse requests made by a web page/) });
        expect(res.text).not.toContain('c2VjcmV0');
      }
  });

  it('answer a client with the credential (curl, the SDK, the tests)', async () => {
    const bearer = { authorization: `Bearer ${emu.token}` };
    expect((await rawRequest(`${emu.url}/__emulator/health`, { headers: bearer })).json()).toEqual({ ok: true });
    expect((await rawRequest(`${emu.url}/__emulator/resync`, { method: 'POST', headers: bearer })).status).toBe(200);
    const view = await rawRequest(`${emu.url}/__emulator/resourceGroups/default/secrets/tw`, { headers: bearer });
    expect(view.status).toBe(200);
  });
});

describe('the token endpoint', () => {
  it('answers a Basic header with a bad % escape with 401, not 500', async () => {
    for (const pair of ['%:%', `${emu.serviceKey.clientid}:%E0%A4%A`, '%zz:secret']) {
      const res = await rawRequest(`${emu.url}/oauth/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${btoa(pair)}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      });
      expect(res.status, pair).toBe(401);
      expect(res.json()).toMatchObject({ error: 'invalid_client' });
    }
  });
});
