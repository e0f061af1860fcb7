import { describe, expect, it } from 'vitest';
import { base64ToText } from '../../../contract';
import { checkFanOut } from './fan-out-model';

const base = { name: 'shared-key', rows: [{ key: 'token', value: ' välue\n' }], labels: [], groups: ['a', 'b'] };

describe('the fan-out form', () => {
  it('encodes each value byte for byte as typed, and adds the label prefix', () => {
    const r = checkFanOut({ ...base, labels: [{ key: 'team', value: 'nlp' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(base64ToText(r.body.data.token!)).toBe(' välue\n');
    expect(r.body.labels).toEqual([{ key: 'ext.ai.sap.com/team', value: 'nlp' }]);
  });

  it('names the field and the rule, before any request', () => {
    expect(checkFanOut({ ...base, groups: [] })).toMatchObject({ ok: false, field: 'groups' });
    expect(checkFanOut({ ...base, name: 'Bad_Name' })).toMatchObject({ ok: false, field: 'name' });
    expect(
      checkFanOut({
        ...base,
        rows: [
          { key: 'k', value: '1' },
          { key: 'k', value: '2' },
        ],
      }),
    ).toMatchObject({ ok: false, field: 'rows' });
    const bad = checkFanOut({ ...base, rows: [{ key: 'bad key', value: 'x' }] });
    expect(bad).toMatchObject({ ok: false, field: 'data' });
    expect(bad.ok ? '' : bad.message).toBe('Data key "bad key": may contain only letters, digits, "-", "_" and "."');
    const name = checkFanOut({ ...base, name: 'Bad_Name' });
    expect(name.ok ? '' : name.message).toBe('Name: may contain only lowercase letters a-z, digits 0-9, "-" and "."');
    const label = checkFanOut({
      ...base,
      labels: [
        { key: 'team', value: 'a' },
        { key: 'bad-', value: 'b' },
      ],
    });
    expect(label.ok ? '' : label.message).toMatch(/^Label 2 key: may use only /);
  });
});
