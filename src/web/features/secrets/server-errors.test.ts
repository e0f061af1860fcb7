import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { placeServerError } from './server-errors';

type Form = { name: string; labels: { name: string; value: string }[]; rows: { key: string; value: string }[] };

function place(error: unknown) {
  const calls: [string, string][] = [];
  const placed = placeServerError<Form>(error, (field, e) => calls.push([field, e.message ?? '']), {
    name: 'name',
    labels: [
      { key: 'ext.ai.sap.com/team', field: (p) => (p === 'key' ? 'labels.0.name' : 'labels.0.value') },
      { key: 'ext.ai.sap.com/stage', field: (p) => (p === 'key' ? 'labels.1.name' : 'labels.1.value') },
    ],
    data: [{ key: 'token', field: (p) => `rows.0.${p}` }],
  });
  return { placed, calls };
}

describe('placing a refusal at its field, from the status and what was sent (no error codes)', () => {
  it('puts a 409 at the name, whatever its code', () => {
    expect(place(new ApiError(409, 'Whatever', 'a secret named "x" already exists in this scope', 'r1'))).toEqual({
      placed: true,
      calls: [['name', 'A secret named "x" already exists in this scope']],
    });
  });

  it('puts a 400 that names a label or data key at that row, with a subject', () => {
    expect(place(new ApiError(400, 'X', 'labels.1.value: must be at most 5000 characters (has 6000)', null)).calls).toEqual([
      ['labels.1.value', 'The label value must be at most 5000 characters (has 6000)'],
    ]);
    expect(place(new ApiError(400, 'X', 'Label ext.ai.sap.com/team cannot be modified', null)).calls).toEqual([
      ['labels.0.name', 'The service refused this label: Label ext.ai.sap.com/team cannot be modified'],
    ]);
    expect(place(new ApiError(400, 'X', 'data.token: value of "token" must be canonical padded Base64', null)).calls).toEqual([
      ['rows.0.key', 'Value of "token" must be canonical padded Base64'],
    ]);
    expect(place(new ApiError(400, 'X', 'labels.0.key: duplicate label key "ext.ai.sap.com/team"', null)).calls).toEqual([
      ['labels.0.name', 'Duplicate label key "ext.ai.sap.com/team"'],
    ]);
  });

  it('reads the field the emulator names in words, and puts a bad value at the value', () => {
    expect(place(new ApiError(400, 'X', 'Label 2 key: "ext.ai.sap.com/stage" is given twice', null)).calls).toEqual([
      ['labels.1.name', 'The label key "ext.ai.sap.com/stage" is given twice'],
    ]);
    expect(place(new ApiError(400, 'X', 'Label 1 value: must be at most 5000 characters (has 5001)', null)).calls).toEqual([
      ['labels.0.value', 'The label value must be at most 5000 characters (has 5001)'],
    ]);
    expect(place(new ApiError(400, 'X', 'Data key "token": the value must be canonical padded Base64', null)).calls).toEqual([
      ['rows.0.value', 'The value must be canonical padded Base64'],
    ]);
    expect(place(new ApiError(400, 'X', 'Data key "token": may contain only letters, digits, "-", "_" and "."', null)).calls).toEqual([
      ['rows.0.key', 'Key "token" may contain only letters, digits, "-", "_" and "."'],
    ]);
    expect(place(new ApiError(400, 'X', 'Name: is required', null)).calls).toEqual([['name', 'The name is required']]);
    // A label the request did not send (index out of range) is not guessed at.
    expect(place(new ApiError(400, 'X', 'Label 9 key: must start with "ext.ai.sap.com/"', null)).placed).toBe(false);
  });

  it('leaves everything else to a notification', () => {
    expect(place(new ApiError(400, 'QuotaExceeded', 'at most 5 tenant-wide secrets', 'r2')).placed).toBe(false);
    expect(place(new ApiError(500, 'X', 'labels.0.key: boom', null)).placed).toBe(false);
    expect(place(new Error('network')).placed).toBe(false);
  });
});
