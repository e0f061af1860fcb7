// The secret forms' model: rows the user types, rules from the contract, and the request body they make.
import { z } from 'zod';
import {
  checkDataKey,
  checkLabelKey,
  checkLabelValue,
  checkSecretName,
  DATA_MAX_BYTES,
  decodedLength,
  isCanonicalBase64,
  LABEL_PREFIX,
  textToBase64,
  type Label,
} from '../../../contract';

export type DataMode = 'text' | 'base64' | 'file';
export type DataRow = { key: string; mode: DataMode; value: string; fileName: string; fileBase64: string };
export type LabelRow = { name: string; value: string };

export const emptyRow = (key = '', value = ''): DataRow => ({ key, mode: 'text', value, fileName: '', fileBase64: '' });

const fromCheck = (check: (v: string) => string | null) =>
  z.string().superRefine((v, ctx) => {
    const problem = check(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export function rowBase64(row: DataRow): string {
  if (row.mode === 'text') return textToBase64(row.value);
  if (row.mode === 'base64') return row.value.trim();
  return row.fileBase64;
}

export function rowsToData(rows: DataRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.key, rowBase64(r)]));
}

export function labelRowsToLabels(rows: LabelRow[]): Label[] {
  return rows.map((r) => ({ key: `${LABEL_PREFIX}${r.name}`, value: r.value }));
}

const rowSchema = z.object({
  key: fromCheck(checkDataKey),
  mode: z.enum(['text', 'base64', 'file']),
  value: z.string(),
  fileName: z.string(),
  fileBase64: z.string(),
});

export const dataRowsSchema = z
  .array(rowSchema)
  .min(1, 'add at least one key')
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    let total = 0;
    rows.forEach((row, i) => {
      if (row.key && seen.has(row.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `key "${row.key}" is used twice` });
      seen.add(row.key);
      if (row.mode === 'base64' && !isCanonicalBase64(row.value.trim()))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'value'],
          message: 'is not valid Base64: use A-Z a-z 0-9 + / with = padding to a multiple of 4',
        });
      if (row.mode === 'file' && !row.fileBase64 && !row.fileName)
        ctx.addIssue({ code: 'custom', path: [i, 'value'], message: 'drop a file here or choose one' });
      const b64 = rowBase64(row);
      if (row.mode !== 'base64' || isCanonicalBase64(b64)) total += decodedLength(b64);
    });
    if (total > DATA_MAX_BYTES)
      ctx.addIssue({ code: 'custom', path: [], message: `the values add up to ${total} bytes, over the limit of 1 MiB` });
  });

const labelNameRule = (name: string) => checkLabelKey(`${LABEL_PREFIX}${name}`);

export const labelRowsSchema = z
  .array(z.object({ name: fromCheck(labelNameRule), value: fromCheck(checkLabelValue) }))
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `label "${row.name}" is used twice` });
      seen.add(row.name);
    });
  });

export const createFormSchema = z.object({
  name: fromCheck(checkSecretName),
  rows: dataRowsSchema,
  labels: labelRowsSchema,
  consentShadow: z.boolean(),
});
export type CreateFormValues = z.infer<typeof createFormSchema>;

export const createFormDefaults = (): CreateFormValues => ({ name: '', rows: [emptyRow()], labels: [], consentShadow: false });
