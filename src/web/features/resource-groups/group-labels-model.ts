// Labels of a resource group as the forms hold them (the name after the fixed prefix, and the value), the
// rules they are checked against, and the difference a save would make: PATCH replaces the whole set.
import { z } from 'zod';
import { checkLabelKey, checkLabelValue, LABEL_PREFIX, type Label } from '../../../contract';

export type LabelRow = { name: string; value: string };

export const labelRowsSchema = z.array(z.object({ name: z.string(), value: z.string() })).superRefine((rows, ctx) => {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const keyProblem = checkLabelKey(LABEL_PREFIX + row.name);
    if (keyProblem) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `The label key ${keyProblem}` });
    else if (seen.has(row.name))
      ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `The label key "${LABEL_PREFIX}${row.name}" is given twice` });
    seen.add(row.name);
    // The service drops a label whose value is empty: ask for one instead of losing the label silently.
    const valueProblem = row.value === '' ? 'The label value is empty: enter a value, or remove the label' : checkLabelValue(row.value);
    if (valueProblem) ctx.addIssue({ code: 'custom', path: [i, 'value'], message: valueProblem });
  });
});

export const toLabels = (rows: LabelRow[]): Label[] => rows.map((r) => ({ key: LABEL_PREFIX + r.name, value: r.value }));

/** Labels come back with the prefix; one without it (never written by this console) keeps its full key visible. */
export const toRows = (labels: Label[]): LabelRow[] =>
  labels.map((l) => ({ name: l.key.startsWith(LABEL_PREFIX) ? l.key.slice(LABEL_PREFIX.length) : l.key, value: l.value }));

export type LabelDiff = {
  added: Label[];
  changed: { key: string; from: string; to: string }[];
  removed: Label[];
  kept: Label[];
};

export function diffLabels(before: Label[], after: Label[]): LabelDiff {
  const old = new Map(before.map((l) => [l.key, l.value]));
  const next = new Map(after.map((l) => [l.key, l.value]));
  const diff: LabelDiff = { added: [], changed: [], removed: [], kept: [] };
  for (const [key, value] of next) {
    const was = old.get(key);
    if (was === undefined) diff.added.push({ key, value });
    else if (was !== value) diff.changed.push({ key, from: was, to: value });
    else diff.kept.push({ key, value });
  }
  for (const [key, value] of old) if (!next.has(key)) diff.removed.push({ key, value });
  return diff;
}

export const hasChanges = (d: LabelDiff) => d.added.length + d.changed.length + d.removed.length > 0;
