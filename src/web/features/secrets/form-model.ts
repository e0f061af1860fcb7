// The secret forms' model: rows the user types, rules from the contract, and the request body they make.
import { z } from 'zod';
import {
  checkDataKey,
  checkLabelKey,
  checkLabelValue,
  checkSecretName,
  DATA_KEYS_MAX,
  DATA_MAX_BYTES,
  decodedLength,
  isCanonicalBase64,
  LABEL_PREFIX,
  LABELS_MAX,
  textToBase64,
  type Label,
} from '../../../contract';
import { byteCount } from '../../lib/format';
import { textareaKeeps } from './paste-check';

export type DataMode = 'text' | 'base64' | 'file';
export type DataRow = { key: string; mode: DataMode; value: string; fileName: string; fileBase64: string };
export type LabelRow = { name: string; value: string };

export const emptyRow = (key = '', value = ''): DataRow => ({ key, mode: 'text', value, fileName: '', fileBase64: '' });

/**
 * A row for a value that came from elsewhere (a .env block): text where a text box can hold it exactly,
 * else Base64 of its UTF-8 bytes, which keeps every byte (a text box would turn a CR into LF).
 */
export const rowFromText = (key: string, value: string): DataRow =>
  textareaKeeps(value) ? emptyRow(key, value) : { ...emptyRow(key, textToBase64(value)), mode: 'base64' };

/** The contract's rules are predicates ("is required"); the form puts the subject in front. */
export const fromCheck = (check: (v: string) => string | null, subject: string) =>
  z.string().superRefine((v, ctx) => {
    const problem = check(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `${subject} ${problem}` });
  });

/**
 * Base64 as tools print it (`base64`, `openssl base64` wrap lines at 64 or 76 characters): white space is
 * not part of the encoding (RFC 2045), so it is dropped; the bytes it encodes are exactly the same.
 */
export const compactBase64 = (value: string) => value.replace(/\s+/g, '');

export function rowBase64(row: DataRow): string {
  if (row.mode === 'text') return textToBase64(row.value);
  if (row.mode === 'base64') return compactBase64(row.value);
  return row.fileBase64;
}

export function rowsToData(rows: DataRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.key, rowBase64(r)]));
}

export function labelRowsToLabels(rows: LabelRow[]): Label[] {
  return rows.map((r) => ({ key: `${LABEL_PREFIX}${r.name}`, value: r.value }));
}

const rowSchema = z.object({
  key: fromCheck(checkDataKey, 'The key'),
  mode: z.enum(['text', 'base64', 'file']),
  value: z.string(),
  fileName: z.string(),
  fileBase64: z.string(),
});

export const dataRowsSchema = z
  .array(rowSchema)
  .min(1, 'The secret needs at least one key')
  .max(DATA_KEYS_MAX, `A secret holds at most ${DATA_KEYS_MAX} keys`)
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    let total = 0;
    rows.forEach((row, i) => {
      if (row.key && seen.has(row.key))
        ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `Key "${row.key}" is used twice: each key must be unique` });
      seen.add(row.key);
      if (row.mode === 'base64' && !isCanonicalBase64(compactBase64(row.value)))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'value'],
          message: 'This value is not valid Base64: use A-Z a-z 0-9 + / with = padding to a multiple of 4',
        });
      if (row.mode === 'file' && !row.fileBase64 && !row.fileName)
        ctx.addIssue({ code: 'custom', path: [i, 'value'], message: 'No file chosen yet: drop a file on this row or choose one' });
      const b64 = rowBase64(row);
      if (row.mode !== 'base64' || isCanonicalBase64(b64)) total += decodedLength(b64);
    });
    if (total > DATA_MAX_BYTES)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `The values add up to ${byteCount(total)}, over the limit of 1 MiB (${byteCount(DATA_MAX_BYTES)})`,
      });
  });

const labelNameRule = (name: string) => checkLabelKey(`${LABEL_PREFIX}${name}`);

export const labelRowsSchema = z
  .array(z.object({ name: fromCheck(labelNameRule, 'The label key'), value: fromCheck(checkLabelValue, 'The label value') }))
  .max(LABELS_MAX, `A secret holds at most ${LABELS_MAX} labels`)
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `Label "${row.name}" is used twice` });
      seen.add(row.name);
      // The service drops a label whose value is "" on create: refuse it here rather than lose it silently.
      if (row.value === '')
        ctx.addIssue({
          code: 'custom',
          path: [i, 'value'],
          message: 'The label value is empty: the service would drop the label. Give it a value or remove the row.',
        });
    });
  });

export const createFormSchema = z.object({
  name: fromCheck(checkSecretName, 'The name'),
  rows: dataRowsSchema,
  labels: labelRowsSchema,
  consentShadow: z.boolean(),
});
export type CreateFormValues = z.infer<typeof createFormSchema>;

export const createFormDefaults = (): CreateFormValues => ({ name: '', rows: [emptyRow()], labels: [], consentShadow: false });
