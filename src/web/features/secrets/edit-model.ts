// The edit (PATCH) form: replace the whole data map, and/or change labels. Builds the PATCH body and the
// diff shown before saving. Labels merge by key on the service and "" removes one, so an emptied value
// is a removal and a renamed key is a removal of the old key plus an addition of the new one.
import { z } from 'zod';
import { checkLabelKey, checkLabelValue, isProtectedLabel, LABEL_PREFIX, type Label } from '../../../contract';
import { dataRowsSchema, emptyRow, rowsToData, type DataRow } from './form-model';

/** `key` is the label's key on the service ('' for a new row); `name` is what the user typed after the prefix. */
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

export const newLabelKey = (l: EditLabel) => `${LABEL_PREFIX}${l.name}`;
const isNew = (l: EditLabel) => l.original === null;
/** An existing label that goes away: removed with the button, or its value emptied. */
export const isRemoval = (l: EditLabel) => !isNew(l) && (l.remove || l.value === '');
export const isRename = (l: EditLabel) => !isNew(l) && !isRemoval(l) && newLabelKey(l) !== l.key;

const labelsSchema = z
  .array(z.object({ key: z.string(), name: z.string(), value: z.string(), original: z.string().nullable(), remove: z.boolean() }))
  .superRefine((labels, ctx) => {
    const existing = new Set(labels.filter((l) => !isNew(l)).map((l) => l.key));
    const added = new Set<string>();
    labels.forEach((l, i) => {
      if (isRemoval(l)) return;
      const issue = (field: 'name' | 'value', message: string) => ctx.addIssue({ code: 'custom', path: [i, field], message });
      if (isNew(l) || isRename(l)) {
        const key = newLabelKey(l);
        const problem = checkLabelKey(key);
        if (problem) issue('name', `The label key ${problem}`);
        else if (isProtectedLabel(key)) issue('name', `The label key "${key}" is protected: it can be set only when a secret is created`);
        else if (existing.has(key)) issue('name', `Label "${key}" already exists on this secret: change its value there instead`);
        else if (added.has(key)) issue('name', `Label "${key}" is used twice`);
        added.add(key);
        if (l.value === '')
          issue(
            'value',
            isNew(l) ? 'The label value is empty: a new label needs a value' : 'The label value is empty: a renamed label needs a value',
          );
      }
      const problem = checkLabelValue(l.value);
      if (problem) issue('value', `The label value ${problem}`);
    });
  });

export const editSchema = z.object({ replaceData: z.literal(true), rows: dataRowsSchema, labels: labelsSchema });
export const editLabelsOnlySchema = z.object({ replaceData: z.literal(false), rows: z.array(z.any()), labels: labelsSchema });

/** One change per row; `row` is the form row it came from. A rename sends two labels. */
export type LabelChange =
  | { kind: 'add'; row: number; key: string; to: string }
  | { kind: 'change'; row: number; key: string; from: string; to: string }
  | { kind: 'remove'; row: number; key: string; from: string }
  | { kind: 'rename'; row: number; key: string; oldKey: string; from: string; to: string };

export function labelChanges(values: EditFormValues): LabelChange[] {
  const out: LabelChange[] = [];
  values.labels.forEach((l, row) => {
    if (l.original === null) {
      if (!l.remove) out.push({ kind: 'add', row, key: newLabelKey(l), to: l.value });
    } else if (isRemoval(l)) out.push({ kind: 'remove', row, key: l.key, from: l.original });
    else if (isRename(l)) out.push({ kind: 'rename', row, key: newLabelKey(l), oldKey: l.key, from: l.original, to: l.value });
    else if (l.value !== l.original) out.push({ kind: 'change', row, key: l.key, from: l.original, to: l.value });
  });
  return out;
}

/** The labels of the PATCH body, each with the form row it belongs to (to put a refusal at its field). */
export function patchLabels(values: EditFormValues): { label: Label; row: number }[] {
  return labelChanges(values).flatMap((c) => {
    if (c.kind === 'remove') return [{ label: { key: c.key, value: '' }, row: c.row }];
    if (c.kind === 'rename')
      return [
        { label: { key: c.oldKey, value: '' }, row: c.row },
        { label: { key: c.key, value: c.to }, row: c.row },
      ];
    return [{ label: { key: c.key, value: c.to }, row: c.row }];
  });
}

/** The PATCH body: labels merge by key on the service, and "" removes one. */
export function patchBody(values: EditFormValues): { data?: Record<string, string>; labels?: Label[] } {
  const labels = patchLabels(values).map((p) => p.label);
  const body: { data?: Record<string, string>; labels?: Label[] } = {};
  if (values.replaceData) body.data = rowsToData(values.rows);
  if (labels.length) body.labels = labels;
  return body;
}
