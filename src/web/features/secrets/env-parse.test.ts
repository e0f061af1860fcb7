import { describe, expect, it } from 'vitest';
import { parseEnv } from './env-parse';

describe('parseEnv', () => {
  it('reads plain, exported, quoted and commented lines', () => {
    const { entries, problems } = parseEnv(
      [
        '# database',
        'DB_USER=admin',
        'export DB_PASS="p@ss word # not a comment"',
        "SINGLE='raw \\n stays'",
        'ESCAPED="line1\\nline2"',
        'TRAILING=value # comment',
        'EMPTY=',
        '',
        'MULTI="first',
        'second"',
        'UNICODE=ключ ✓',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.key, e.value])).toEqual([
      ['DB_USER', 'admin'],
      ['DB_PASS', 'p@ss word # not a comment'],
      ['SINGLE', 'raw \\n stays'],
      ['ESCAPED', 'line1\nline2'],
      ['TRAILING', 'value'],
      ['EMPTY', ''],
      ['MULTI', 'first\nsecond'],
      ['UNICODE', 'ключ ✓'],
    ]);
  });

  it('names the lines it cannot read', () => {
    const { entries, problems } = parseEnv('GOOD=1\nno equals here\nBAD KEY=2\nOPEN="never closed');
    expect(entries.map((e) => e.key)).toEqual(['GOOD']);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'expected KEY=value'],
      [3, '"BAD KEY" is not a valid key'],
      [4, 'the " quote is never closed'],
    ]);
  });

  it('accepts Windows line endings', () => {
    expect(parseEnv('A=1\r\nB=2\r\n').entries.map((e) => e.value)).toEqual(['1', '2']);
  });

  it('keeps a quoted multi-line value byte for byte: spaces before a line end, blank lines, the last line break', () => {
    const pem = '-----BEGIN KEY-----  \nMIIB  x\n\n-----END KEY-----\n';
    const json = '{\n  "a": 1,\n  "b": [true]\n}\n';
    const { entries, problems } = parseEnv(`TLS="${pem}"\nexport CONFIG='${json}'  # the config\nNEXT=1\n`);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.key, e.value])).toEqual([
      ['TLS', pem],
      ['CONFIG', json],
      ['NEXT', '1'],
    ]);
  });
});
