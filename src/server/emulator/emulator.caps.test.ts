// Counts before per-item work: a secret with too many data keys or labels is refused with 400 naming the
// field and the limit, before a single key or label is checked, and nothing changes (decision 0012).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_KEYS_MAX, LABELS_MAX } from '../../contract';
import { observe, startTestEmulator, type TestEmulator } from '../testing/emulator-fixture';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
  await emu.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'existing', data: { k: 'dg==' } } });
});
afterAll(() => emu?.close());

const keys = (n: number, value = 'dg==') => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, value]));
const labels = (n: number, key = (i: number) => `ext.ai.sap.com/l${i}`) =>
  Array.from({ length: n }, (_, i) => ({ key: key(i), value: 'v' }));
const main = { kind: 'main' } as const;

describe('caps on data keys and labels', () => {
  it(`takes exactly ${DATA_KEYS_MAX} data keys and ${LABELS_MAX} labels`, async () => {
    const res = await emu.api('/admin/secrets', {
      scope: main,
      body: { name: 'at-the-cap', data: keys(DATA_KEYS_MAX), labels: labels(LABELS_MAX) },
    });
    expect(res.status).toBe(200);
  });

  it('refuses one key or one label more with 400, naming the field and the limit, and changes nothing', async () => {
    const before = await observe(emu.api);
    const cases = [
      {
        body: { name: 'too-many-keys', data: keys(DATA_KEYS_MAX + 1) },
        code: 'InvalidData',
        message: `has ${DATA_KEYS_MAX + 1} keys, more than the limit of ${DATA_KEYS_MAX}`,
      },
      {
        body: { name: 'too-many-labels', data: keys(1), labels: labels(LABELS_MAX + 1) },
        code: 'InvalidLabel',
        message: `has ${LABELS_MAX + 1} labels, more than the limit of ${LABELS_MAX}`,
      },
    ];
    for (const c of cases) {
      const res = await emu.api('/admin/secrets', { scope: main, body: c.body });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(c.code);
      expect(res.body.error.message).toContain(c.message);
    }
    const patch = await emu.api('/admin/secrets/existing', { method: 'PATCH', scope: main, body: { data: keys(DATA_KEYS_MAX + 1) } });
    expect(patch.status).toBe(400);
    expect(patch.body.error.message).toContain(`more than the limit of ${DATA_KEYS_MAX}`);
    const group = await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'many-labels', labels: labels(LABELS_MAX + 1) } });
    expect(group.status).toBe(400);
    expect(group.body.error.message).toContain(`more than the limit of ${LABELS_MAX}`);
    expect(await observe(emu.api)).toEqual(before);
  });

  it('counts before it looks at any key: thousands of bad keys give one message about the count', async () => {
    const res = await emu.api('/admin/secrets', { scope: main, body: { name: 'flood', data: keys(20_000, 'not base64!') } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('has 20000 keys, more than the limit');
    expect(res.body.error.message).not.toMatch(/Base64/);
    const flood = await emu.api('/admin/secrets', {
      scope: main,
      body: { name: 'flood', data: keys(1), labels: labels(20_000, () => 'bad key') },
    });
    expect(flood.status).toBe(400);
    expect(flood.body.error.message).toContain('has 20000 labels');
    expect(flood.body.error.message).not.toMatch(/ext\.ai\.sap\.com\/ prefix|duplicate/);
  });
});
