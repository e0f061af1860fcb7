// Puts an API refusal where it belongs, from the HTTP status and what the request sent, never from an
// error code (SAP publishes none for secrets; AICORE-API §7a): a 409 on create at the name; a 400 that
// names a sent label key or data key at that row. The rest is for a notification (message and request id).
// Returns true when it found a field. Messages shown at a field start with a capital and a subject.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { announce } from '../../lib/announce';

type Part = 'key' | 'value';
export type SentKey<T extends FieldValues> = { key: string; field: (part: Part) => Path<T> };

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "must be at most…" needs a subject in front; "duplicate label key…" only a capital. */
const withSubject = (subject: string, s: string) => (/^(must|may|needs?|is|cannot|can)\b/.test(s) ? `${subject} ${s}` : sentence(s));

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

  // The emulator (and zod-style services) name the place: "labels.2.key: …", "data.token: …", "name: …".
  const atLabel = /^labels\.(\d+)\.(key|value): ([\s\S]*)$/.exec(message);
  const label = atLabel ? sent.labels?.[Number(atLabel[1])] : undefined;
  if (atLabel && label) return put(label.field(atLabel[2] as Part), withSubject(`The label ${atLabel[2]}`, atLabel[3]!));
  const atData = /^data\.([^:]+): ([\s\S]*)$/.exec(message);
  const data = atData ? sent.data?.find((d) => d.key === atData[1]) : undefined;
  if (atData && data) return put(data.field('key'), withSubject(`Key "${data.key}"`, atData[2]!));
  const atName = /^name: ([\s\S]*)$/.exec(message);
  if (atName && sent.name) return put(sent.name, withSubject('The name', atName[1]!));

  // Otherwise a message that quotes a key that was sent.
  const namedLabel = sent.labels?.find((l) => message.includes(l.key));
  if (namedLabel) return put(namedLabel.field('key'), `The service refused this label: ${message}`);
  const namedData = sent.data?.find((d) => message.includes(`"${d.key}"`));
  if (namedData) return put(namedData.field('key'), `The service refused this key: ${message}`);
  return false;
}
