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

  it('refuses an empty value (it would remove the label) and a protected new key', () => {
    const values = editDefaults(current);
    values.labels[0]!.value = '';
    values.labels.push({ key: '', name: 'document-grounding', value: 'x', original: null, remove: false });
    const result = editLabelsOnlySchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'labels.0.value: an empty value would remove the label: use Remove instead',
      'labels.2.name: is protected: it can be set only when a secret is created',
    ]);
  });
});
