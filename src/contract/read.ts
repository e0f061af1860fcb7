// Readers of the API's answers, without a schema library: every answer the first page shows is checked
// with these, and zod would be a fifth of that page's code (docs/decisions/0056). Requests and forms keep
// their zod schemas (schemas.ts). A reader checks types, keeps what the console uses, drops the rest.

/** An answer that does not have the shape the console reads: says where, and what it found. */
export class AnswerShapeError extends Error {
  constructor(
    readonly path: string,
    expected: string,
    found: unknown,
  ) {
    super(`The server's answer was not understood${path ? ` at ${path}` : ''}: expected ${expected}, found ${kind(found)}.`);
  }
}

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/** Reads `value` (found at `path`, for the message) into a T, or throws AnswerShapeError. */
export type Read<T> = (value: unknown, path?: string) => T;

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

const check =
  <T>(expected: string, ok: (v: unknown) => boolean): Read<T> =>
  (v, path = '') => {
    if (!ok(v)) throw new AnswerShapeError(path, expected, v);
    return v as T;
  };

export const string = check<string>('a string', (v) => typeof v === 'string');
export const number = check<number>('a number', (v) => typeof v === 'number' && Number.isFinite(v));
export const boolean = check<boolean>('true or false', (v) => typeof v === 'boolean');
export const oneOf = <T extends string>(...values: T[]) =>
  check<T>(values.map((v) => `"${v}"`).join(' or '), (v) => values.includes(v as T));

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Absent (undefined) stays absent. */
export const optional =
  <T>(read: Read<T>): Read<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : read(v, path);

/** Absent or null: null. */
export const nullish =
  <T>(read: Read<T>): Read<T | null> =>
  (v, path) =>
    v === undefined || v === null ? null : read(v, path);

/** Absent: `fallback`; null stays null. */
export const orDefault =
  <T, D>(read: Read<T>, fallback: D): Read<T | D> =>
  (v, path) =>
    v === undefined ? fallback : read(v, path);

export const arrayOf =
  <T>(read: Read<T>): Read<T[]> =>
  (v, path = '') => {
    if (!Array.isArray(v)) throw new AnswerShapeError(path, 'a list', v);
    return v.map((item, i) => read(item, at(path, i)));
  };

export const recordOf =
  <T>(read: Read<T>): Read<Record<string, T>> =>
  (v, path = '') => {
    if (!isRecord(v)) throw new AnswerShapeError(path, 'an object', v);
    // fromEntries defines own properties: a key named "__proto__" stays a key.
    return Object.fromEntries(Object.entries(v).map(([key, item]) => [key, read(item, at(path, key))]));
  };

/** The fields the console reads, each checked; other fields are left out. */
export const object =
  <S extends Record<string, Read<unknown>>>(shape: S): Read<{ [K in keyof S]: ReturnType<S[K]> }> =>
  (v, path = '') => {
    if (!isRecord(v)) throw new AnswerShapeError(path, 'an object', v);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) out[key] = shape[key]!(Object.hasOwn(v, key) ? v[key] : undefined, at(path, key));
    return out as { [K in keyof S]: ReturnType<S[K]> };
  };
