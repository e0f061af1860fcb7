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

const grouped = once(() => new Intl.NumberFormat('en'));

/**
 * The one place the console's words follow a count. English has two cardinal forms, "one" for 1 (and -1) and
 * "other" for every other number (0, 1.5, 2): the rule Intl.PluralRules('en') applies, written out, because
 * making that object loads the locale's plural data, several ms of the first screen on a slow machine.
 * `form(n, 'has', 'have')`: the word alone, for a verb or pronoun that agrees with the count.
 */
export function form(n: number, one: string, many: string): string {
  return Math.abs(n) === 1 ? one : many;
}

/** A count, digit-grouped ("1,024"). Under a thousand there is nothing to group: no number formatter (its first use costs tens of ms of the first screen). */
const count = (n: number) => (Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : grouped().format(n));

/** "1 key", "2 keys", "0 keys", "1,024 groups": the count, digit-grouped, and the noun in the form it takes. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${form(n, one, many)}`;
}

/** "1 byte", "2,048 bytes": a byte count, for sizes a user compares. */
export function byteCount(n: number): string {
  return plural(n, 'byte');
}

/** "3 of 5 groups", "1 of 1 group": a part of a whole, the noun agreeing with the whole. */
export function partOf(part: number, whole: number, one: string, many = `${one}s`): string {
  return `${count(part)} of ${plural(whole, one, many)}`;
}

/** A message as a sentence: its first letter a capital (services may answer "secret x does not exist"). */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
