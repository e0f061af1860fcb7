// Puts an API refusal where it belongs, from the HTTP status and what the request sent, never from an
// error code (SAP publishes none for secrets; AICORE-API §7a): a 409 on create at the name; a 400 that
// names a sent label key or data key at that row. The rest is for a notification (message and request id).
// Returns true when it found a field. Messages shown at a field start with a capital and a subject.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { announce } from '../../lib/announce';
import { sentence } from '../../lib/format';

type Part = 'key' | 'value';
export type SentKey<T extends FieldValues> = { key: string; field: (part: Part) => Path<T> };

/** "must be at most…" and '"ext.ai.sap.com/a" is given twice' need a subject in front; "duplicate label key…" only a capital. */
const withSubject = (subject: string, s: string) =>
  /^(?:(?:must|may|needs?|is|cannot|can)\b|")/.test(s) ? `${subject} ${s}` : sentence(s);

type Place =
  { at: 'label'; index: number; part: Part; rule: string } | { at: 'data'; key: string; rule: string } | { at: 'name'; rule: string };

/**
 * Where a message says it belongs: the emulator names the field in words ("Label 2 key: …", "Data key "token":
 * …", "Name: …"); zod-style services name its path ("labels.1.key: …", "data.token: …", "name: …").
 */
function located(message: string): Place | null {
  const label = /^Label (\d+) (key|value): ([\s\S]*)$/.exec(message);
  if (label) return { at: 'label', index: Number(label[1]) - 1, part: label[2] as Part, rule: label[3]! };
  const labelPath = /^labels\.(\d+)\.(key|value): ([\s\S]*)$/i.exec(message);
  if (labelPath) return { at: 'label', index: Number(labelPath[1]), part: labelPath[2] as Part, rule: labelPath[3]! };
  const data = /^Data key ("(?:[^"\\]|\\.)*"): ([\s\S]*)$/.exec(message);
  if (data) return { at: 'data', key: JSON.parse(data[1]!) as string, rule: data[2]! };
  const dataPath = /^data\.([^:]+): ([\s\S]*)$/i.exec(message);
  if (dataPath) return { at: 'data', key: dataPath[1]!, rule: dataPath[2]! };
  const name = /^name: ([\s\S]*)$/i.exec(message);
  return name ? { at: 'name', rule: name[1]! } : null;
}

type Sent<T extends FieldValues> = { name?: Path<T>; labels?: SentKey<T>[]; data?: SentKey<T>[] };

export function placeServerError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, sent: Sent<T>): boolean {
  const placed = placeOnField(error, setError, sent);
  // A refusal shown beside a field gets no notification: tell screen readers what happened.
  if (placed && error instanceof ApiError) announce(`Refused by AI Core: ${error.message}`, 'assertive');
  return placed;
}

function placeOnField<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, sent: Sent<T>): boolean {
  if (!(error instanceof ApiError)) return false;
  const put = (field: Path<T>, message: string) => {
    setError(field, { type: 'server', message });
    return true;
  };
  const message = error.message;
  if (error.status === 409 && sent.name) return put(sent.name, sentence(message));
  if (error.status !== 400) return false;

  const at = located(message);
  const label = at?.at === 'label' ? sent.labels?.[at.index] : undefined;
  if (at?.at === 'label' && label) return put(label.field(at.part), withSubject(`The label ${at.part}`, at.rule));
  const data = at?.at === 'data' ? sent.data?.find((d) => d.key === at.key) : undefined;
  if (at?.at === 'data' && data) {
    // "the value must be canonical padded Base64" belongs at the value; anything else is about the key.
    const ofValue = /^the value\b/i.test(at.rule);
    return put(data.field(ofValue ? 'value' : 'key'), withSubject(`Key "${data.key}"`, at.rule));
  }
  if (at?.at === 'name' && sent.name) return put(sent.name, withSubject('The name', at.rule));

  // Otherwise a message that quotes a key that was sent.
  const namedLabel = sent.labels?.find((l) => message.includes(l.key));
  if (namedLabel) return put(namedLabel.field('key'), `The service refused this label: ${message}`);
  const namedData = sent.data?.find((d) => message.includes(`"${d.key}"`));
  if (namedData) return put(namedData.field('key'), `The service refused this key: ${message}`);
  return false;
}
