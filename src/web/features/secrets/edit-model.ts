// The edit (PATCH) form: replace the whole data map, and/or change labels. Builds the PATCH body and the
// diff shown before saving.
import { z } from 'zod';
import { checkLabelKey, checkLabelValue, isProtectedLabel, LABEL_PREFIX, type Label } from '../../../contract';
import { dataRowsSchema, emptyRow, rowsToData, type DataRow } from './form-model';

export type EditLabel = { key: string; name: string; value: string; original: string | null; remove: boolean };
export type EditFormValues = { replaceData: boolean; rows: DataRow[]; labels: EditLabel[] };

export function editDefaults(labels: Label[]): EditFormValues {
  return {
    replaceData: false,
    rows: [emptyRow()],
    labels: labels
      .filter((l) => !isProtectedLabel(l.key))
      .map((l) => ({ key: l.key, name: l.key.slice(LABEL_PREFIX.length), value: l.value, original: l.value, remove: false })),
  };
}

const labelsSchema = z
  .array(z.object({ key: z.string(), name: z.string(), value: z.string(), original: z.string().nullable(), remove: z.boolean() }))
  .superRefine((labels, ctx) => {
    const seen = new Set<string>();
    labels.forEach((l, i) => {
      const key = l.original === null ? `${LABEL_PREFIX}${l.name}` : l.key;
      if (l.original === null) {
        const problem = checkLabelKey(key);
        if (problem) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: problem });
        else if (isProtectedLabel(key))
          ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'is protected: it can be set only when a secret is created' });
      }
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `label "${key}" is used twice` });
      seen.add(key);
      if (l.remove) return;
      if (l.value === '')
        ctx.addIssue({ code: 'custom', path: [i, 'value'], message: 'an empty value would remove the label: use Remove instead' });
      const problem = checkLabelValue(l.value);
      if (problem) ctx.addIssue({ code: 'custom', path: [i, 'value'], message: problem });
    });
  });

export const editSchema = z.object({ replaceData: z.literal(true), rows: dataRowsSchema, labels: labelsSchema });
export const editLabelsOnlySchema = z.object({ replaceData: z.literal(false), rows: z.array(z.any()), labels: labelsSchema });

export type LabelChange = { key: string; kind: 'add' | 'change' | 'remove'; from?: string; to?: string };

export function labelChanges(values: EditFormValues): LabelChange[] {
  const out: LabelChange[] = [];
  for (const l of values.labels) {
    if (l.original === null) {
      if (!l.remove) out.push({ key: `${LABEL_PREFIX}${l.name}`, kind: 'add', to: l.value });
    } else if (l.remove) out.push({ key: l.key, kind: 'remove', from: l.original });
    else if (l.value !== l.original) out.push({ key: l.key, kind: 'change', from: l.original, to: l.value });
  }
  return out;
}

/** The PATCH body: labels merge by key on the service, and "" removes one. */
export function patchBody(values: EditFormValues): { data?: Record<string, string>; labels?: Label[] } {
  const changes = labelChanges(values);
  const body: { data?: Record<string, string>; labels?: Label[] } = {};
  if (values.replaceData) body.data = rowsToData(values.rows);
  if (changes.length) body.labels = changes.map((c) => ({ key: c.key, value: c.kind === 'remove' ? '' : (c.to ?? '') }));
  return body;
}
