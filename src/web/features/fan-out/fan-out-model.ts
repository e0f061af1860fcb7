// The fan-out form's rules: the same checks the API makes (contract schemas), run before any request, so a
// bad field is named once instead of refused by every group.
import { createSecretSchema, describeIssues, LABEL_PREFIX, textToBase64, type Label } from '../../../contract';

export type Row = { key: string; value: string };
export type FanOutForm = { name: string; rows: Row[]; labels: Row[]; groups: string[] };
export type Checked =
  { ok: true; body: { name: string; data: Record<string, string>; labels: Label[] } } | { ok: false; field: string; message: string };

/** Values are encoded as UTF-8 exactly as typed: no trimming, no newline changes. */
export function checkFanOut(form: FanOutForm): Checked {
  if (form.groups.length === 0) return { ok: false, field: 'groups', message: 'Resource groups: pick at least one group.' };
  const keys = form.rows.map((r) => r.key);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup !== undefined) return { ok: false, field: 'rows', message: `Data: the key "${dup}" is given twice.` };
  const data = Object.fromEntries(form.rows.map((r) => [r.key, textToBase64(r.value)]));
  const labels = form.labels
    .filter((l) => l.key !== '' || l.value !== '')
    .map((l) => ({ key: l.key.startsWith(LABEL_PREFIX) ? l.key : `${LABEL_PREFIX}${l.key}`, value: l.value }));
  const parsed = createSecretSchema.safeParse({ name: form.name, data, labels });
  if (!parsed.success) {
    // "Name: may contain only …", "Label 2 key: must start with …": the field in words, then the rule.
    const { field, message } = describeIssues(parsed.error);
    return { ok: false, field: field.split('.')[0] ?? '', message };
  }
  return { ok: true, body: { name: form.name, data, labels } };
}
