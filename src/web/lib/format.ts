// Each formatter is made on first use: making them costs tens of milliseconds of a slow machine's start-up
// (the locale's data), and the first page needs at most one of them.
const once = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const rtf = once(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }));
const exact = once(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }));

export function relativeTime(iso: string | number | null, now = Date.now()): string {
  if (iso === null) return 'unknown';
  const t = typeof iso === 'number' ? iso : Date.parse(iso);
  if (Number.isNaN(t)) return 'unknown';
  const s = Math.round((t - now) / 1000);
  const abs = Math.abs(s);
  if (abs < 45) return rtf().format(s, 'second');
  if (abs < 45 * 60) return rtf().format(Math.round(s / 60), 'minute');
  if (abs < 22 * 3600) return rtf().format(Math.round(s / 3600), 'hour');
  return rtf().format(Math.round(s / 86400), 'day');
}

export function exactTime(iso: string | number | null): string {
  if (iso === null) return 'unknown';
  const t = typeof iso === 'number' ? iso : Date.parse(iso);
  return Number.isNaN(t) ? 'unknown' : exact().format(t);
}

export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

const englishPlurals = once(() => new Intl.PluralRules('en'));
const grouped = once(() => new Intl.NumberFormat('en'));

/** "1 key", "2 keys", "0 keys": English plural rules (Intl.PluralRules), the number as given. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${englishPlurals().select(n) === 'one' ? one : many}`;
}

/** "1 byte", "2,048 bytes": a byte count with digit grouping, for sizes a user compares. */
export function byteCount(n: number): string {
  return `${grouped().format(n)} ${englishPlurals().select(n) === 'one' ? 'byte' : 'bytes'}`;
}
