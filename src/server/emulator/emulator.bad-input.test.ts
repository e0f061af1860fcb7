import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badRequests, seedForBadRequests } from '../testing/bad-requests';
import { observe, startTestEmulator, type TestEmulator } from '../testing/emulator-fixture';

let emu: TestEmulator;
let before: unknown;

beforeAll(async () => {
  emu = await startTestEmulator();
  await seedForBadRequests(emu.api);
  before = await observe(emu.api);
});
afterAll(() => emu.close());

describe('the emulator rejects malformed requests and changes nothing', () => {
  it('has a catalogue of at least 60 cases', () => {
    expect(badRequests.length).toBeGreaterThanOrEqual(60);
  });

  it.each(badRequests.map((r) => [r.title, r] as const))('%s', async (_title, req) => {
    const res = await emu.api(req.path, req);
    expect(res.status).toBe(req.status);
    expect(res.body.error.code).toBe(req.code);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(res.body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.error.target).toBe(`/v2${req.path.split('?')[0]}`);
    expect(await observe(emu.api)).toEqual(before);
  });

  it('rejects a 60-character backtracking label key at once', { timeout: 1000 }, async () => {
    const key = `ext.ai.sap.com/${'a'.repeat(44)}!`;
    expect(key).toHaveLength(60);
    const res = await emu.api('/admin/secrets', {
      scope: { kind: 'main' },
      body: { name: 'fast', data: { k: 'Zm9v' }, labels: [{ key, value: 'v' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^Label 1 key: /);
  });

  it('names the field and the rule in its messages', async () => {
    const res = await emu.api('/admin/secrets', {
      scope: { kind: 'main' },
      body: { name: 'x', data: { 'ok-key': 'Zm9v', 'bad key': 'Zm9v' } },
    });
    expect(res.body.error.message).toBe('Data key "bad key": may contain only letters, digits, "-", "_" and "."');
    const quota = await emu.api('/admin/secrets', { scope: { kind: 'tenant-wide' }, body: { name: 'six', data: { k: 'Zm9v' } } });
    expect(quota.body.error.message).toMatch(/5 of 5 tenant-wide secrets: delete one to free a slot/);
  });
});
