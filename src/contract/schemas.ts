// zod schemas of the API's requests: the emulator validates requests with them, the console validates its
// forms with them; answers are read in answers.ts. Every message names the field and the rule: an issue's own
// message is a whole sentence a form can show ("The name is required"); the API names the field itself and
// puts the rule after it ("Name: is required", see describeIssues).
import { z } from 'zod';
import { decodedLength, isCanonicalBase64 } from './base64';
import {
  checkDataKey,
  checkLabelKey,
  checkLabelValue,
  checkResourceGroupId,
  checkSecretName,
  DATA_KEYS_MAX,
  DATA_MAX_BYTES,
  isProtectedLabel,
  LABELS_MAX,
  type RuleCheck,
} from './rules';

type Ctx = z.core.$RefinementCtx;

/** `message` for a form ("The name is required"), `rule` for the API, after the field's name ("Name: is required"). */
function problem(ctx: Ctx, message: string, rule: string, path?: PropertyKey[]) {
  ctx.addIssue({ code: 'custom', message, params: { rule }, ...(path ? { path } : {}) });
}

const rule = (check: RuleCheck, subject: string) =>
  z.string().superRefine((value, ctx) => {
    const found = check(value);
    if (found) problem(ctx, `${subject} ${found}`, found);
  });

export const secretNameSchema = rule(checkSecretName, 'The name');
export const resourceGroupIdSchema = rule(checkResourceGroupId, 'The resource group ID');
export const labelKeySchema = rule(checkLabelKey, 'The label key');
export const labelValueSchema = rule(checkLabelValue, 'The label value');

export const labelSchema = z.object({ key: labelKeySchema, value: labelValueSchema });

/**
 * Counts first: an oversized list is refused before a single item is parsed (a `pipe` stops at the first
 * schema's issues), so a 2 MiB body of tiny entries costs one length check, not thousands of validations.
 */
const atMost = (max: number, what: string, count: (v: unknown) => number | null) =>
  z.unknown().superRefine((value, ctx) => {
    const n = count(value);
    if (n !== null && n > max)
      problem(ctx, `There are ${n} ${what}, more than the limit of ${max}`, `has ${n} ${what}, more than the limit of ${max}`);
  });

export const labelsSchema = atMost(LABELS_MAX, 'labels', (v) => (Array.isArray(v) ? v.length : null))
  .pipe(z.array(labelSchema))
  .superRefine((labels, ctx) => {
    const seen = new Set<string>();
    labels.forEach((label, i) => {
      if (seen.has(label.key)) problem(ctx, `The label key "${label.key}" is given twice`, `"${label.key}" is given twice`, [i, 'key']);
      seen.add(label.key);
    });
  });

const keyCount = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).length : null);

export const dataSchema = atMost(DATA_KEYS_MAX, 'keys', keyCount)
  .pipe(z.record(z.string(), z.string()))
  .superRefine((data, ctx) => {
    const keys = Object.keys(data);
    if (keys.length === 0) {
      problem(ctx, 'The data must hold at least one key', 'must hold at least one key');
      return;
    }
    let total = 0;
    for (const key of keys) {
      const keyProblem = checkDataKey(key);
      if (keyProblem) {
        problem(ctx, `Data key ${JSON.stringify(key.slice(0, 64))} ${keyProblem}`, keyProblem, [key]);
        continue;
      }
      const value = data[key] ?? '';
      if (!isCanonicalBase64(value)) {
        const why = 'the value must be canonical padded Base64';
        problem(ctx, `The value of data key ${JSON.stringify(key)} must be canonical padded Base64`, why, [key]);
        continue;
      }
      total += decodedLength(value);
    }
    if (total > DATA_MAX_BYTES) {
      const why = `the decoded values total ${total.toLocaleString('en')} bytes, more than the limit of ${DATA_MAX_BYTES.toLocaleString('en')} (1 MiB)`;
      problem(ctx, `The data is too large: ${why}`, why);
    }
  });

export const createSecretSchema = z.object({
  name: secretNameSchema,
  data: dataSchema,
  labels: labelsSchema.optional(),
});
export type CreateSecretBody = z.infer<typeof createSecretSchema>;

export const patchSecretSchema = z.object({ data: dataSchema.optional(), labels: labelsSchema.optional() }).superRefine((body, ctx) => {
  if (body.data === undefined && body.labels === undefined)
    problem(ctx, 'The request body needs "data", "labels", or both', 'needs "data", "labels", or both');
  body.labels?.forEach((label, i) => {
    const why = `"${label.key}" is protected: it can be set only when the secret is created`;
    if (isProtectedLabel(label.key)) problem(ctx, `The label key ${why}`, why, ['labels', i, 'key']);
  });
});
export type PatchSecretBody = z.infer<typeof patchSecretSchema>;

export const createResourceGroupSchema = z.object({
  resourceGroupId: resourceGroupIdSchema,
  labels: labelsSchema.optional(),
});
export const patchResourceGroupSchema = z.object({ labels: labelsSchema });

const NOUN: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  null: 'null',
};
const noun = (type: string) => NOUN[type] ?? type;

/** The field a path points at, in words: "Name", "Label 2 key", "Data key \"token\"". */
export function fieldName(path: readonly PropertyKey[]): string | null {
  const [top, at, part] = path.map(String);
  if (top === undefined) return null;
  if (top === 'name') return 'Name';
  if (top === 'resourceGroupId') return 'Resource group ID';
  if (top === 'data') return at === undefined ? 'Data' : `Data key ${JSON.stringify(at.slice(0, 64))}`;
  if (top === 'labels') {
    if (at === undefined) return 'Labels';
    const n = Number(at) + 1;
    return part === undefined ? `Label ${n}` : `Label ${n} ${part}`;
  }
  const words = path.map(String).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The rule an issue broke, worded to follow the field's name ("is required", "must be a string, not a number"). */
function ruleOf(issue: z.core.$ZodIssue): string | null {
  if (issue.code === 'custom' && typeof issue.params?.rule === 'string') return issue.params.rule;
  if (issue.code === 'invalid_type') {
    const received = /received (\w+)/.exec(issue.message)?.[1];
    if (received === 'undefined') return 'is required';
    return `must be ${noun(issue.expected)}${received ? `, not ${noun(received)}` : ''}`;
  }
  return null;
}

/**
 * The first issue as an API error message that starts with the field it is about ("Name: is required",
 * "Label 2 key: must start with ..."), or with "The request body" when it is about the whole body.
 * `at` is where the parsed value sits in the request (["data"] for the data map alone).
 */
export function describeIssues(error: z.ZodError, at: PropertyKey[] = []): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', message: 'The request body is not valid' };
  const path = [...at, ...issue.path];
  const name = fieldName(path);
  const rule = ruleOf(issue);
  const message = name
    ? `${name}: ${rule ?? issue.message}`
    : rule
      ? `The request body ${rule}`
      : issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  return { field: path.map(String).join('.'), message };
}
