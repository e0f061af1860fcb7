import { describe, expect, it } from 'vitest';
import { byteCount, form, partOf, plural, sentence } from './format';

describe('counts in words', () => {
  it.each([
    [0, '0 keys', '0 bytes', 'have', '0 of 0 groups'],
    [1, '1 key', '1 byte', 'has', '1 of 1 group'],
    [2, '2 keys', '2 bytes', 'have', '2 of 2 groups'],
    [5, '5 keys', '5 bytes', 'have', '5 of 5 groups'],
  ])('follows English plural rules for %i', (n, keys, bytes, verb, part) => {
    expect(plural(n, 'key')).toBe(keys);
    expect(byteCount(n)).toBe(bytes);
    expect(form(n, 'has', 'have')).toBe(verb);
    expect(partOf(n, n, 'group')).toBe(part);
  });

  it('takes an irregular plural, a fraction and a large count', () => {
    expect(plural(1, 'copy', 'copies')).toBe('1 copy');
    expect(plural(2, 'copy', 'copies')).toBe('2 copies');
    expect(plural(1.5, 'line')).toBe('1.5 lines');
    expect(byteCount(1048577)).toBe('1,048,577 bytes');
    expect(partOf(1, 5, 'resource group')).toBe('1 of 5 resource groups');
  });

  it("chooses the form English's plural rules (Intl.PluralRules) choose, for every kind of number", () => {
    const rules = new Intl.PluralRules('en');
    const numbers = [-2, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 10, 11, 21, 101, 1000, 1_000_001, Number.MAX_SAFE_INTEGER];
    for (const n of numbers) expect([n, form(n, 'one', 'other')]).toEqual([n, rules.select(n)]);
  });

  it('makes a sentence of a message that starts lower-case', () => {
    expect(sentence('secret "x" does not exist')).toBe('Secret "x" does not exist');
    expect(sentence('Name: is required')).toBe('Name: is required');
    expect(sentence('')).toBe('');
  });
});

// The console's own source, as text: what every page may show is written there.
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/render-for-test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Lines let through on purpose (none now): each would need a reason here. */
const KNOWN: string[] = [];

/** Lines of the console's source (comments aside) that match `pattern`, as "file:line: text". */
function linesMatching(pattern: RegExp, except: (file: string, line: string) => boolean = () => false) {
  const found: string[] = [];
  for (const [file, text] of Object.entries(sources))
    text.split('\n').forEach((line, i) => {
      const code = line.trim();
      if (/^(\/\/|\*|\/\*)/.test(code) || KNOWN.some((k) => `${file}: ${code}`.endsWith(k))) return;
      if (pattern.test(line) && !except(file, line)) found.push(`${file}:${i + 1}: ${code}`);
    });
  return found;
}

const NOUNS =
  'keys?|groups?|secrets?|bytes?|copies|labels?|values?|rows?|lines?|entries|deletions?|requests?|changes?|names?|matches|results?|connections?|items?';

describe('the wording of the whole console', () => {
  it('reads the source it checks', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
  });

  it('puts every count before a noun through the plural helper', () => {
    // "${n} groups", "{done}/{total} groups": a number straight before a noun (not a JSX attribute), outside
    // plural(). A constant in capitals (DATA_KEYS_MAX) is a fixed number above one; "{i + 1}" is a position;
    // an expression with a string in it ("{shown ? 'Hide' : 'Show'}") is a word.
    const count = new RegExp(
      `(\\$\\{|\\{)(?![A-Z_]+\\})(?![^{}]*\\+ 1\\})(?![^{}]*['"])[^{}]*\\}\\s*(/\\s*\\{[^{}]*\\}\\s*)?(${NOUNS})\\b(?!\\s*=)`,
    );
    expect(linesMatching(count)).toEqual([]);
  });

  it('chooses singular or plural words by plural rules, never by comparing with 1', () => {
    expect(linesMatching(/(===|!==)\s*1\s*\?\s*['"`]/)).toEqual([]);
    // "These 1 secret go": a plural word in front of a count needs form() too.
    expect(linesMatching(/\b(these|those|all) \$?\{plural\(/i, (_file, line) => line.includes('form('))).toEqual([]);
  });

  it('never shows a request-header template outside the code panel', () => {
    expect(
      linesMatching(/AI-Resource-Group:\s*<|AI-Tenant-Scope:\s*</, (file) => /secret-detail\/code-(panel|snippets)\.tsx?$/.test(file)),
    ).toEqual([]);
  });

  it('starts every error title and field message with a capital letter', () => {
    expect(linesMatching(/notifyError\(\s*[`'"](\$\{|[a-z])/)).toEqual([]);
    // A field's message, unless it is built from a subject ("${subject} ${problem}").
    expect(linesMatching(/message: [`'"]([a-z]|\$\{(?!subject\}))/, (file) => file.endsWith('/notify.ts'))).toEqual([]);
  });
});
