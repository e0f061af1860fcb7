import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, base64ToText, bytesToBase64, checkLabelKey, isCanonicalBase64, textToBase64 } from '../../../contract';
import { createFormSchema, emptyRow, rowsToData, type CreateFormValues } from './form-model';

const valid = (over: Partial<CreateFormValues> = {}): CreateFormValues => ({
  name: 'db-creds',
  rows: [emptyRow('user', 'ädmin')],
  labels: [],
  consentShadow: false,
  ...over,
});
const issues = (v: CreateFormValues) => {
  const r = createFormSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('Base64 in the forms', () => {
  it('round-trips any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const b64 = textToBase64(s);
        expect(isCanonicalBase64(b64)).toBe(true);
        expect(base64ToText(b64)).toBe(s);
      }),
    );
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const b64 = bytesToBase64(bytes);
        expect(isCanonicalBase64(b64)).toBe(true);
        expect(base64ToBytes(b64)).toEqual(bytes);
        expect(Buffer.from(bytes).toString('base64')).toBe(b64);
      }),
      { numRuns: 50 },
    );
  });

  it('reads Base64 wrapped into lines as tools print it, without changing a byte', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 37) % 256));
    const wrapped = `${bytes
      .toString('base64')
      .match(/.{1,76}/g)!
      .join('\n')}\n`;
    const row = { ...emptyRow('blob', wrapped), mode: 'base64' as const };
    expect(issues(valid({ rows: [row] }))).toEqual([]);
    expect(Buffer.from(rowsToData([row]).blob!, 'base64')).toEqual(bytes);
  });

  it('turns text rows into Base64 of their UTF-8 bytes, and keeps Base64 rows as given', () => {
    const data = rowsToData([emptyRow('a', 'naïve ☃'), { ...emptyRow('b', 'Zm9v'), mode: 'base64' }]);
    expect(data).toEqual({ a: Buffer.from('naïve ☃').toString('base64'), b: 'Zm9v' });
  });
});

describe('the create form rules', () => {
  it('accepts a valid secret', () => expect(issues(valid())).toEqual([]));

  it('names the field and the rule', () => {
    expect(issues(valid({ name: 'My_Secret' }))).toEqual([
      'name: The name may contain only lowercase letters a-z, digits 0-9, "-" and "."',
    ]);
    expect(issues(valid({ rows: [{ ...emptyRow('k', 'not base64!'), mode: 'base64' }] }))[0]).toMatch(
      /^rows\.0\.value: This value is not valid Base64/,
    );
    expect(issues(valid({ rows: [emptyRow('k', '1'), emptyRow('k', '2')] }))).toEqual([
      'rows.1.key: Key "k" is used twice: each key must be unique',
    ]);
    expect(issues(valid({ rows: [emptyRow('bad key', '1')] }))[0]).toMatch(/^rows\.0\.key: The key may contain only/);
    expect(issues(valid({ labels: [{ name: 'team-', value: 'x' }] }))[0]).toMatch(/^labels\.0\.name: The label key may use only/);
    expect(
      issues(
        valid({
          labels: [
            { name: 'a', value: '1' },
            { name: 'a', value: '2' },
          ],
        }),
      ),
    ).toEqual(['labels.1.name: Label "a" is used twice']);
    expect(issues(valid({ labels: [{ name: 'a', value: 'v'.repeat(5001) }] }))[0]).toMatch(
      /^labels\.0\.value: The label value must be at most 5000/,
    );
    expect(issues(valid({ rows: [emptyRow('big', 'x'.repeat(1024 * 1024 + 1))] }))[0]).toMatch(
      /^rows: The values add up to 1,048,577 bytes, over the limit of 1 MiB \(1,048,576 bytes\)$/,
    );
  });
});

describe('the label-key rule', () => {
  // A plain reference: no regular expression at all.
  const reference = (key: string): boolean => {
    const prefix = 'ext.ai.sap.com/';
    if (key.length > 63 || !key.startsWith(prefix)) return false;
    const rest = key.slice(prefix.length);
    if (rest.length < 1 || rest.length > 48) return false;
    const alnum = (c: string) => /^[A-Za-z0-9]$/.test(c);
    const allowed = (c: string) => alnum(c) || c === '-' || c === '_' || c === '.';
    return alnum(rest[0]!) && alnum(rest[rest.length - 1]!) && [...rest].every(allowed);
  };
  const alphabet = fc.constantFrom(...'abcXYZ019-_./!é '.split(''));

  it('agrees with a plain reference implementation on random keys', () => {
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((cs) => `ext.ai.sap.com/${cs.join('')}`),
        (key) => (checkLabelKey(key) === null) === reference(key),
      ),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string(), (key) => (checkLabelKey(key) === null) === reference(key)));
  });

  it('answers a 60-character hostile key at once', { timeout: 1000 }, () => {
    expect(checkLabelKey(`ext.ai.sap.com/${'a-'.repeat(22)}!`)).not.toBeNull();
  });
});
