import { describe, expect, it } from 'vitest';
import { nextContinueToken } from './resource-groups';

describe('nextContinueToken', () => {
  it('reads the token of the next link, whatever URL surrounds it', () => {
    expect(nextContinueToken('</v2/admin/resourceGroups?continueToken=abc_-1>; rel="next"')).toBe('abc_-1');
    expect(nextContinueToken('<https://api.example/v2/admin/resourceGroups?$top=5&continueToken=t%2B1>; rel=next')).toBe('t+1');
    expect(nextContinueToken('</x?continueToken=p>; rel="prev", </x?continueToken=n>; rel="next"')).toBe('n');
    expect(nextContinueToken('</x?continueToken=n>; title="a, b"; rel="first next"')).toBe('n');
  });

  it('finds nothing where there is no next page', () => {
    expect(nextContinueToken(null)).toBeNull();
    expect(nextContinueToken('</x?continueToken=p>; rel="prev"')).toBeNull();
    expect(nextContinueToken('</x>; rel="next"')).toBeNull();
    expect(nextContinueToken('garbage')).toBeNull();
  });
});
