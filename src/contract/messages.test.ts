// The contract's refusals, as a form shows them (each issue's own message) and as the API sends them
// (describeIssues): a capital letter first, and the field named before the rule.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  createResourceGroupSchema,
  createSecretSchema,
  dataSchema,
  describeIssues,
  headersToScope,
  patchResourceGroupSchema,
  patchSecretSchema,
  resourceGroupIdSchema,
  secretNameSchema,
} from '.';

const ok = { k: 'Zm9v' };
const label = (key: string, value = 'v') => ({ key, value });
const MiB = 1024 * 1024;

/** Bad input, the schema that refuses it, and the API message it must start with. */
const cases: [title: string, schema: z.ZodType, input: unknown, api: string | RegExp][] = [
  ['empty name', createSecretSchema, { name: '', data: ok }, 'Name: is required'],
  ['upper-case name', createSecretSchema, { name: 'MY_SECRET', data: ok }, /^Name: may contain only lowercase/],
  ['name of 253 characters', createSecretSchema, { name: 'a'.repeat(253), data: ok }, 'Name: must be at most 252 characters (has 253)'],
  ['name not a string', createSecretSchema, { name: 5, data: ok }, 'Name: must be a string, not a number'],
  ['name missing', createSecretSchema, { data: ok }, 'Name: is required'],
  ['data missing', createSecretSchema, { name: 'a' }, 'Data: is required'],
  ['data a string', createSecretSchema, { name: 'a', data: 'Zm9v' }, 'Data: must be an object, not a string'],
  ['data empty', createSecretSchema, { name: 'a', data: {} }, 'Data: must hold at least one key'],
  ['bad data key', createSecretSchema, { name: 'a', data: { 'a b': 'Zm9v' } }, /^Data key "a b": may contain only letters/],
  ['value not Base64', createSecretSchema, { name: 'a', data: { k: '!!' } }, 'Data key "k": the value must be canonical padded Base64'],
  [
    'too many keys',
    createSecretSchema,
    { name: 'a', data: Object.fromEntries(Array.from({ length: 257 }, (_, i) => [`k${i}`, 'Zm9v'])) },
    'Data: has 257 keys, more than the limit of 256',
  ],
  [
    'data over 1 MiB',
    createSecretSchema,
    { name: 'a', data: { a: btoa('x'.repeat(MiB)), b: 'eA==' } },
    'Data: the decoded values total 1,048,577 bytes, more than the limit of 1,048,576 (1 MiB)',
  ],
  ['labels an object', createSecretSchema, { name: 'a', data: ok, labels: {} }, 'Labels: must be an array, not an object'],
  [
    'label without prefix',
    createSecretSchema,
    { name: 'a', data: ok, labels: [label('team')] },
    'Label 1 key: must start with "ext.ai.sap.com/"',
  ],
  [
    'label value too long',
    createSecretSchema,
    { name: 'a', data: ok, labels: [label('ext.ai.sap.com/a', 'v'.repeat(5001))] },
    /^Label 1 value: must be at most 5000/,
  ],
  ['label without value', createSecretSchema, { name: 'a', data: ok, labels: [{ key: 'ext.ai.sap.com/a' }] }, 'Label 1 value: is required'],
  [
    'duplicate label keys',
    createSecretSchema,
    { name: 'a', data: ok, labels: [label('ext.ai.sap.com/a'), label('ext.ai.sap.com/a')] },
    'Label 2 key: "ext.ai.sap.com/a" is given twice',
  ],
  [
    'too many labels',
    createSecretSchema,
    { name: 'a', data: ok, labels: Array.from({ length: 65 }, (_, i) => label(`ext.ai.sap.com/l${i}`)) },
    'Labels: has 65 labels, more than the limit of 64',
  ],
  ['empty PATCH', patchSecretSchema, {}, 'The request body needs "data", "labels", or both'],
  ['body null', patchSecretSchema, null, 'The request body must be an object, not null'],
  [
    'protected label on PATCH',
    patchSecretSchema,
    { labels: [label('ext.ai.sap.com/a'), label('ext.ai.sap.com/document-grounding')] },
    /^Label 2 key: "ext\.ai\.sap\.com\/document-grounding" is protected/,
  ],
  ['group ID too short', createResourceGroupSchema, { resourceGroupId: 'ab' }, 'Resource group ID: must be 3 to 253 characters (has 2)'],
  ['group ID with "_"', createResourceGroupSchema, { resourceGroupId: 'a_b_c' }, /^Resource group ID: may contain letters/],
  ['group PATCH without labels', patchResourceGroupSchema, {}, 'Labels: is required'],
];

describe('refusals name their field, in words, with a capital letter first', () => {
  it.each(cases)('%s', (_title, schema, input, api) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const { message } = describeIssues(result.error);
    if (typeof api === 'string') expect(message).toBe(api);
    else expect(message).toMatch(api);
    // The form side: every custom issue is a whole sentence on its own.
    for (const issue of result.error.issues.filter((i) => i.code === 'custom')) expect(issue.message).toMatch(/^[A-Z]/);
  });

  it('gives a form a whole sentence for a field checked on its own', () => {
    const id = resourceGroupIdSchema.safeParse('ab');
    expect(id.success ? '' : id.error.issues[0]!.message).toBe('The resource group ID must be 3 to 253 characters (has 2)');
    const name = secretNameSchema.safeParse('');
    expect(name.success ? '' : name.error.issues[0]!.message).toBe('The name is required');
  });

  it('places the data map alone where it sits in a request', () => {
    const data = dataSchema.safeParse({ 'a b': 'Zm9v' });
    expect(data.success ? '' : describeIssues(data.error, ['data']).message).toMatch(/^Data key "a b": may contain only/);
  });

  it('words a missing or bad scope without a header template', () => {
    for (const [tenant, group] of [
      [undefined, undefined],
      ['yes', undefined],
      [undefined, '*'],
      ['false', undefined],
    ] as const) {
      const result = headersToScope(tenant, group);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.message).toMatch(/^The (scope|AI-Tenant-Scope header|AI-Resource-Group header)\b/);
      expect(result.message).not.toMatch(/<[a-z]+>/i);
    }
  });
});
