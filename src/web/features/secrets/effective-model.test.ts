import { describe, expect, it } from 'vitest';
import type { SecretDetails } from '../../../contract';
import { effectiveRows } from './effective-model';

const s = (name: string, syncStatus: Record<string, boolean> | null = null): SecretDetails => ({
  name,
  createdAt: null,
  labels: [],
  syncStatus,
});

describe('effective secrets of a group', () => {
  it('shows own and tenant-wide secrets, a shadowing one as one row with both origins', () => {
    const rows = effectiveRows('g1', [s('own-only'), s('shared')], [s('shared', { g1: false }), s('tw-only', { g1: true, g2: false })]);
    expect(rows.map((r) => [r.name, Boolean(r.own), Boolean(r.tenantWide), r.replicated, r.shadows])).toEqual([
      ['own-only', true, false, null, false],
      ['shared', true, true, false, true],
      ['tw-only', false, true, true, false],
    ]);
  });

  it('tells a tenant-wide copy not yet in this group apart from one that is', () => {
    const rows = effectiveRows('g2', [], [s('tw-only', { g1: true, g2: false }), s('new', {})]);
    expect(rows.map((r) => r.replicated)).toEqual([null, false]);
  });
});
