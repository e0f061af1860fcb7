import { describe, expect, it } from 'vitest';
import { editDefaults, editLabelsOnlySchema, labelChanges, patchBody } from './edit-model';
import { emptyRow } from './form-model';

const current = [
  { key: 'ext.ai.sap.com/team', value: 'nlp' },
  { key: 'ext.ai.sap.com/owner', value: 'ann' },
  { key: 'ext.ai.sap.com/document-grounding', value: 'true' },
];

describe('the edit form', () => {
  it('leaves protected labels out of the editable rows', () => {
    expect(editDefaults(current).labels.map((l) => l.key)).toEqual(['ext.ai.sap.com/team', 'ext.ai.sap.com/owner']);
  });

  it('sends changed and new labels, and "" for a removed one', () => {
    const values = editDefaults(current);
    values.labels[0]!.value = 'vision';
    values.labels[1]!.remove = true;
    values.labels.push({ key: '', name: 'stage', value: 'prod', original: null, remove: false });
    expect(labelChanges(values).map((c) => c.kind)).toEqual(['change', 'remove', 'add']);
    expect(patchBody(values)).toEqual({
      labels: [
        { key: 'ext.ai.sap.com/team', value: 'vision' },
        { key: 'ext.ai.sap.com/owner', value: '' },
        { key: 'ext.ai.sap.com/stage', value: 'prod' },
      ],
    });
  });

  it('replaces the whole data map when asked', () => {
    const values = { ...editDefaults([]), replaceData: true, rows: [emptyRow('token', 'ключ')] };
    expect(patchBody(values)).toEqual({ data: { token: Buffer.from('ключ').toString('base64') } });
  });

  it('takes an emptied value as a removal, as the service does', () => {
    const values = editDefaults(current);
    values.labels[0]!.value = '';
    expect(editLabelsOnlySchema.safeParse(values).success).toBe(true);
    expect(labelChanges(values)).toEqual([{ kind: 'remove', row: 0, key: 'ext.ai.sap.com/team', from: 'nlp' }]);
    expect(patchBody(values)).toEqual({ labels: [{ key: 'ext.ai.sap.com/team', value: '' }] });
  });

  it('renames a key as a removal of the old key and an addition of the new one', () => {
    const values = editDefaults(current);
    values.labels[0]!.name = 'squad';
    values.labels[0]!.value = 'vision';
    expect(labelChanges(values)).toEqual([
      { kind: 'rename', row: 0, key: 'ext.ai.sap.com/squad', oldKey: 'ext.ai.sap.com/team', from: 'nlp', to: 'vision' },
    ]);
    expect(patchBody(values)).toEqual({
      labels: [
        { key: 'ext.ai.sap.com/team', value: '' },
        { key: 'ext.ai.sap.com/squad', value: 'vision' },
      ],
    });
  });

  it('names the field and the rule for a bad new or renamed key, and an empty new value', () => {
    const values = editDefaults(current);
    values.labels[0]!.name = 'owner';
    values.labels[1]!.name = 'bad key';
    values.labels.push({ key: '', name: 'document-grounding', value: 'x', original: null, remove: false });
    values.labels.push({ key: '', name: 'stage', value: '', original: null, remove: false });
    const result = editLabelsOnlySchema.safeParse(values);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'labels.0.name: Label "ext.ai.sap.com/owner" already exists on this secret: change its value there instead',
      'labels.1.name: The label key may use only letters, digits, "-", "_" and "." after the prefix, and must start and end with a letter or digit',
      'labels.2.name: The label key "ext.ai.sap.com/document-grounding" is protected: it can be set only when a secret is created',
      'labels.3.value: The label value is empty: a new label needs a value',
    ]);
  });
});
