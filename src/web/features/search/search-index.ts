// What the palette searches: every secret at every scope and every resource group, from the tenant summary.
// A hit matches when every word of the query is in its name, its scope or one of its labels.
import type { Label, Scope } from '../../../contract';
import type { TenantSummary } from '../../api/summary';

export type Hit =
  | { kind: 'secret'; id: string; scope: Scope; name: string; labels: Label[]; haystack: string }
  | { kind: 'group'; id: string; group: string; labels: Label[]; haystack: string };

const labelText = (labels: Label[]) => labels.map((l) => `${l.key.replace(/^ext\.ai\.sap\.com\//, '')}=${l.value}`).join(' ');

export function buildIndex(summary: TenantSummary): Hit[] {
  const hits: Hit[] = [];
  const secret = (scope: Scope, where: string, name: string, labels: Label[]) =>
    hits.push({
      kind: 'secret',
      id: `${where}/${name}`,
      scope,
      name,
      labels,
      haystack: `${name} ${where} ${labelText(labels)}`.toLowerCase(),
    });
  for (const s of summary.main) secret({ kind: 'main' }, 'main tenant', s.name, s.labels);
  for (const s of summary.tenantWide) secret({ kind: 'tenant-wide' }, 'tenant-wide', s.name, s.labels);
  for (const [group, secrets] of Object.entries(summary.groups))
    for (const s of secrets) secret({ kind: 'group', resourceGroup: group }, `group ${group}`, s.name, s.labels);
  for (const g of summary.resourceGroups)
    hits.push({
      kind: 'group',
      id: `rg/${g.resourceGroupId}`,
      group: g.resourceGroupId,
      labels: g.labels,
      haystack: `${g.resourceGroupId} resource group ${labelText(g.labels)}`.toLowerCase(),
    });
  return hits;
}

const nameOf = (h: Hit) => (h.kind === 'secret' ? h.name : h.group);

/** Best first: an exact name, then a name that starts with the query, then any match; at most `limit`. */
export function search(index: Hit[], query: string, limit = 30): Hit[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const first = words[0]!;
  const rank = (h: Hit) => {
    const n = nameOf(h);
    return n === first ? 0 : n.startsWith(first) ? 1 : n.includes(first) ? 2 : 3;
  };
  const found: { hit: Hit; rank: number }[] = [];
  for (const hit of index) if (words.every((w) => hit.haystack.includes(w))) found.push({ hit, rank: rank(hit) });
  found.sort((a, b) => a.rank - b.rank || nameOf(a.hit).localeCompare(nameOf(b.hit)));
  return found.slice(0, limit).map((f) => f.hit);
}
