import { describe, expect, it } from 'vitest';
import { byteCount, plural } from './format';

describe('counts in words', () => {
  it('follows English plural rules', () => {
    expect(plural(1, 'key')).toBe('1 key');
    expect(plural(0, 'key')).toBe('0 keys');
    expect(plural(2, 'copy', 'copies')).toBe('2 copies');
    expect(plural(1.5, 'line')).toBe('1.5 lines');
  });

  it('writes byte counts with grouping, "1 byte" included', () => {
    expect(byteCount(1)).toBe('1 byte');
    expect(byteCount(0)).toBe('0 bytes');
    expect(byteCount(1048577)).toBe('1,048,577 bytes');
  });
});
