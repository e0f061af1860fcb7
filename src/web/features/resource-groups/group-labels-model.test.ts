import { describe, expect, it } from 'vitest';
import { diffLabels, hasChanges, labelRowsSchema, toLabels, toRows } from './group-labels-model';

const l = (name: string, value: string) => ({ key: `ext.ai.sap.com/${name}`, value });

describe('group labels', () => {
  it('diffs what a PATCH would replace: added, changed, removed, kept', () => {
    const d = diffLabels(
      [l('team', 'nlp'), l('stage', 'dev'), l('owner', 'ann')],
      [l('team', 'vision'), l('owner', 'ann'), l('cost', 'cc-1')],
    );
    expect(d).toEqual({
      added: [l('cost', 'cc-1')],
      changed: [{ key: 'ext.ai.sap.com/team', from: 'nlp', to: 'vision' }],
      removed: [l('stage', 'dev')],
      kept: [l('owner', 'ann')],
    });
    expect(hasChanges(d)).toBe(true);
    expect(hasChanges(diffLabels([l('a', '1')], [l('a', '1')]))).toBe(false);
  });

  it('keeps values byte-exact through the rows and back', () => {
    const labels = [l('note', '  spaced  ü\t'), l('x', 'ä=b,c')];
    expect(toLabels(toRows(labels))).toEqual(labels);
  });

  it('names the rule: bad key, duplicate, empty value', () => {
    const result = labelRowsSchema.safeParse([
      { name: 'bad key', value: 'v' },
      { name: 'team', value: 'a' },
      { name: 'team', value: 'b' },
      { name: 'stage', value: '' },
    ]);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^0\.name: The label key /),
      '2.name: The label key "ext.ai.sap.com/team" is given twice',
      '3.value: The label value is empty: enter a value, or remove the label',
    ]);
  });
});
