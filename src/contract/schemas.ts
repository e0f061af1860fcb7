// zod schemas of the API's requests: the emulator validates requests with them, the console validates its
// forms with them. Every message names the field and the rule. Answers are read in answers.ts.
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

const rule = (check: RuleCheck) =>
  z.string().superRefine((value, ctx) => {
    const problem = check(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const secretNameSchema = rule(checkSecretName);
export const resourceGroupIdSchema = rule(checkResourceGroupId);
export const labelKeySchema = rule(checkLabelKey);
export const labelValueSchema = rule(checkLabelValue);

export const labelSchema = z.object({ key: labelKeySchema, value: labelValueSchema });

/**
 * Counts first: an oversized list is refused before a single item is parsed (a `pipe` stops at the first
 * schema's issues), so a 2 MiB body of tiny entries costs one length check, not thousands of validations.
 */
const atMost = (max: number, what: string, count: (v: unknown) => number | null) =>
  z.unknown().superRefine((value, ctx) => {
    const n = count(value);
    if (n !== null && n > max) ctx.addIssue({ code: 'custom', message: `has ${n} ${what}, more than the limit of ${max}` });
  });

export const labelsSchema = atMost(LABELS_MAX, 'labels', (v) => (Array.isArray(v) ? v.length : null))
  .pipe(z.array(labelSchema))
  .superRefine((labels, ctx) => {
    const seen = new Set<string>();
    labels.forEach((label, i) => {
      if (seen.has(label.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `duplicate label key "${label.key}"` });
      seen.add(label.key);
    });
  });

const keyCount = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).length : null);

export const dataSchema = atMost(DATA_KEYS_MAX, 'keys', keyCount)
  .pipe(z.record(z.string(), z.string()))
  .superRefine((data, ctx) => {
    const keys = Object.keys(data);
    if (keys.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'must hold at least one key' });
      return;
    }
    let total = 0;
    for (const key of keys) {
      const keyProblem = checkDataKey(key);
      if (keyProblem) {
        ctx.addIssue({ code: 'custom', path: [key], message: `key ${JSON.stringify(key.slice(0, 64))} ${keyProblem}` });
        continue;
      }
      const value = data[key] ?? '';
      if (!isCanonicalBase64(value)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `value of "${key}" must be canonical padded Base64` });
        continue;
      }
      total += decodedLength(value);
    }
    if (total > DATA_MAX_BYTES)
      ctx.addIssue({ code: 'custom', message: `decoded values total ${total} bytes, more than the limit of ${DATA_MAX_BYTES} (1 MiB)` });
  });

export const createSecretSchema = z.object({
  name: secretNameSchema,
  data: dataSchema,
  labels: labelsSchema.optional(),
});
export type CreateSecretBody = z.infer<typeof createSecretSchema>;

export const patchSecretSchema = z.object({ data: dataSchema.optional(), labels: labelsSchema.optional() }).superRefine((body, ctx) => {
  if (body.data === undefined && body.labels === undefined) ctx.addIssue({ code: 'custom', message: 'give "data", "labels", or both' });
  body.labels?.forEach((label, i) => {
    if (isProtectedLabel(label.key))
      ctx.addIssue({
        code: 'custom',
        path: ['labels', i, 'key'],
        message: `label "${label.key}" is protected: it can be set only when the secret is created`,
      });
  });
});
export type PatchSecretBody = z.infer<typeof patchSecretSchema>;

export const createResourceGroupSchema = z.object({
  resourceGroupId: resourceGroupIdSchema,
  labels: labelsSchema.optional(),
});
export const patchResourceGroupSchema = z.object({ labels: labelsSchema });

/** "labels.2.key: must start with ..." — the first issue, with its path, for an API error message. */
export function describeIssues(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return { field: path, message: path ? `${path}: ${issue?.message}` : (issue?.message ?? 'invalid request') };
}
