import { describe, expect, it } from 'vitest';
import { buildMap, filterMap } from './map-model';

const tw = (name: string, syncStatus: Record<string, boolean>) => ({ name, createdAt: null, labels: [], syncStatus });

describe('the tenant map', () => {
  it('puts tenant-wide secrets first and marks replicated, pending, shadowing, own and absent cells', () => {
    const rows = buildMap(
      [tw('meter', { a: true, b: false, c: false }), tw('api', { a: true, b: true, c: true })],
      ['a', 'b', 'c', 'd'],
      new Map([
        ['b', new Set(['meter', 'local'])],
        ['d', new Set(['local'])],
      ]),
    );
    expect(rows.map((r) => [r.name, r.cells.join(',')])).toEqual([
      ['api', 'replicated,replicated,replicated,absent'],
      ['meter', 'replicated,shadows,pending,absent'],
      ['local', 'absent,own,absent,own'],
    ]);
    expect(filterMap(rows, 'shadows', '').map((r) => r.name)).toEqual(['meter']);
    expect(filterMap(rows, 'all', 'loc').map((r) => r.name)).toEqual(['local']);
  });
});
