import { describe, expect, it } from 'vitest';
import type { SecretDetails } from '../../../contract';
import { compareSides, parseScopeParam, scopeParam } from './compare-model';

const secret = (name: string, labels: Record<string, string> = {}): SecretDetails => ({
  name,
  createdAt: null,
  labels: Object.entries(labels).map(([key, value]) => ({ key, value })),
  syncStatus: null,
});

describe('compareSides', () => {
  it('lists names on one side only, and label differences for names on both', () => {
    const left = [secret('b-both', { 'ext.ai.sap.com/a': '1', 'ext.ai.sap.com/b': 'x' }), secret('a-left'), secret('same', { k: 'v' })];
    const right = [secret('same', { k: 'v' }), secret('b-both', { 'ext.ai.sap.com/a': '2', 'ext.ai.sap.com/c': 'y' }), secret('z-right')];
    expect(compareSides(left, right)).toEqual({
      onlyLeft: [secret('a-left')],
      onlyRight: [secret('z-right')],
      labelsDiffer: [
        {
          name: 'b-both',
          changes: [
            { key: 'ext.ai.sap.com/a', left: '1', right: '2' },
            { key: 'ext.ai.sap.com/b', left: 'x', right: null },
            { key: 'ext.ai.sap.com/c', left: null, right: 'y' },
          ],
        },
      ],
      sameLabels: 1,
    });
  });

  it('tells an empty label value from a missing label', () => {
    const diff = compareSides([secret('s', { k: '' })], [secret('s')]);
    expect(diff.labelsDiffer).toEqual([{ name: 's', changes: [{ key: 'k', left: '', right: null }] }]);
  });

  it('round-trips a scope through its URL parameter', () => {
    for (const scope of [{ kind: 'main' }, { kind: 'tenant-wide' }, { kind: 'group', resourceGroup: 'team-a' }] as const)
      expect(parseScopeParam(scopeParam(scope))).toEqual(scope);
    expect(parseScopeParam('group:')).toBeNull();
    expect(parseScopeParam(null)).toBeNull();
  });
});
