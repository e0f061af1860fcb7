// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetKeyNames, keepKeyNamesForCompare, knownKeyNames, noteWrittenKeys, useWrittenKeys, type SecretAt } from './key-names';

const group = { kind: 'group', resourceGroup: 'team-a' } as const;
const inDev: SecretAt = { connection: 'dev', scope: group, name: 'db' };
const inProd: SecretAt = { connection: 'prod', scope: group, name: 'db' };

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  forgetKeyNames(inDev);
  forgetKeyNames(inProd);
});

describe('the key names this tab wrote', () => {
  it("names a secret's keys on its page, for its own connection only, and keeps them out of browser storage", () => {
    const dev = renderHook(() => useWrittenKeys(inDev));
    const prod = renderHook(() => useWrittenKeys(inProd));
    act(() => noteWrittenKeys(inDev, ['TOKEN', 'HOST'], 'created'));
    expect(dev.result.current).toMatchObject({ keys: ['HOST', 'TOKEN'], action: 'created' });
    expect(prod.result.current).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it("keeps names for Compare in this tab's sessionStorage, per connection, as before the merge", () => {
    // An entry written by the console before the two stores became one still reads.
    sessionStorage.setItem('console.known-key-names', JSON.stringify({ 'prod|group:team-a|db': ['OLD'] }));
    keepKeyNamesForCompare(inDev, ['TOKEN']);
    expect(knownKeyNames(inDev)).toEqual(['TOKEN']);
    expect(knownKeyNames(inProd)).toEqual(['OLD']);
    expect(knownKeyNames({ ...inDev, scope: { kind: 'main' } })).toBeNull();
    expect(Object.keys(JSON.parse(sessionStorage.getItem('console.known-key-names')!))).toEqual([
      'prod|group:team-a|db',
      'dev|group:team-a|db',
    ]);
    expect(localStorage.length).toBe(0);
  });

  it('forgets both once the secret is deleted', () => {
    const dev = renderHook(() => useWrittenKeys(inDev));
    act(() => {
      noteWrittenKeys(inDev, ['TOKEN'], 'rotated');
      keepKeyNamesForCompare(inDev, ['TOKEN']);
      keepKeyNamesForCompare(inProd, ['TOKEN']);
    });
    act(() => forgetKeyNames(inDev));
    expect(dev.result.current).toBeNull();
    expect(knownKeyNames(inDev)).toBeNull();
    expect(knownKeyNames(inProd)).toEqual(['TOKEN']);
  });

  it('keeps the newest 500 secrets for Compare', () => {
    for (let i = 0; i <= 500; i++) keepKeyNamesForCompare({ ...inDev, name: `s-${i}` }, ['K']);
    expect(knownKeyNames({ ...inDev, name: 's-0' })).toBeNull();
    expect(knownKeyNames({ ...inDev, name: 's-1' })).toEqual(['K']);
    expect(knownKeyNames({ ...inDev, name: 's-500' })).toEqual(['K']);
  });
});
