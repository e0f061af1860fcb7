// zod schemas of the API: the emulator validates requests with them, the console parses answers and
// validates its forms with them. Every message names the field and the rule.
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
export type Label = { key: string; value: string };

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

// ---- answers, read tolerantly ----

const wireLabels = z
  .union([z.array(z.object({ key: z.string(), value: z.string() })), z.record(z.string(), z.string())])
  .optional()
  .nullable()
  .transform((labels): Label[] => {
    if (!labels) return [];
    if (Array.isArray(labels)) return labels;
    return Object.entries(labels).map(([key, value]) => ({ key, value }));
  });

const statusMap = z.record(z.string(), z.boolean()).optional().nullable();

export const secretDetailsSchema = z
  .looseObject({
    name: z.string(),
    createdAt: z.string().optional(),
    labels: wireLabels,
    resourceGroupSecretsSyncStatus: statusMap,
    resourceGroupSecretReplicationStatus: statusMap,
  })
  .transform((s) => ({
    name: s.name,
    createdAt: s.createdAt ?? null,
    labels: s.labels,
    // The spec and the help pages name this map differently; read whichever is present.
    syncStatus: s.resourceGroupSecretsSyncStatus ?? s.resourceGroupSecretReplicationStatus ?? null,
  }));
export type SecretDetails = z.output<typeof secretDetailsSchema>;

export const secretListSchema = z.object({ count: z.number(), resources: z.array(secretDetailsSchema) });
export type SecretList = z.output<typeof secretListSchema>;

export const resourceGroupStatusSchema = z.string();
export const resourceGroupSchema = z
  .looseObject({
    resourceGroupId: z.string(),
    createdAt: z.string().optional(),
    status: z.string(),
    statusMessage: z.string().optional().nullable(),
    labels: wireLabels,
    tenantId: z.string().optional(),
    zoneId: z.string().optional(),
  })
  .transform((g) => ({
    resourceGroupId: g.resourceGroupId,
    createdAt: g.createdAt ?? null,
    status: g.status,
    statusMessage: g.statusMessage ?? null,
    labels: g.labels,
  }));
export type ResourceGroup = z.output<typeof resourceGroupSchema>;
export const resourceGroupListSchema = z.object({ count: z.number(), resources: z.array(resourceGroupSchema) });

export const quotaSchema = z.object({
  usage: z.object({ count: z.number() }).optional(),
  quota: z.object({ maxCount: z.number() }),
});
export type Quota = z.output<typeof quotaSchema>;

export const errorEnvelopeSchema = z.object({
  error: z.looseObject({
    code: z.string().optional(),
    message: z.string().optional(),
    requestId: z.string().optional(),
    target: z.string().optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** "labels.2.key: must start with ..." — the first issue, with its path, for an API error message. */
export function describeIssues(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return { field: path, message: path ? `${path}: ${issue?.message}` : (issue?.message ?? 'invalid request') };
}
