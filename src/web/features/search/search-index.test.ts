import { describe, expect, it } from 'vitest';
import type { TenantSummary } from '../../api/summary';
import { buildIndex, search } from './search-index';

const s = (name: string, labels: { key: string; value: string }[] = []) => ({ name, createdAt: null, labels, syncStatus: null });
const summary: TenantSummary = {
  resourceGroups: [{ resourceGroupId: 'team-nlp', createdAt: null, status: 'PROVISIONED', statusMessage: null, labels: [] }],
  main: [s('object-store')],
  tenantWide: [s('hf-token', [{ key: 'ext.ai.sap.com/team', value: 'nlp' }])],
  groups: { 'team-nlp': [s('hf-token-local'), s('db', [{ key: 'ext.ai.sap.com/team', value: 'vision' }])] },
  failures: [],
  quota: null,
};

describe('the palette search', () => {
  const index = buildIndex(summary);
  it('finds secrets in every scope by name, the exact name first', () => {
    expect(search(index, 'hf-token').map((h) => h.id)).toEqual(['tenant-wide/hf-token', 'group team-nlp/hf-token-local']);
  });
  it('finds by label, by group and by several words at once', () => {
    expect(search(index, 'team=vision').map((h) => h.id)).toEqual(['group team-nlp/db']);
    expect(search(index, 'nlp').map((h) => h.id)).toContain('rg/team-nlp');
    expect(search(index, 'db team-nlp').map((h) => h.id)).toEqual(['group team-nlp/db']);
    expect(search(index, '   ')).toEqual([]);
  });
});
