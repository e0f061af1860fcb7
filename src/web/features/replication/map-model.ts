// The tenant map: secret names down, resource groups across.
import type { SecretDetails } from '../../../contract';

export type Cell = 'replicated' | 'pending' | 'own' | 'shadows' | 'absent';
export type MapRow = { name: string; tenantWide: boolean; cells: Cell[] };

export function buildMap(tenantWide: SecretDetails[], groupIds: string[], groupSecrets: Map<string, Set<string>>): MapRow[] {
  const twNames = new Set(tenantWide.map((s) => s.name));
  const rows: MapRow[] = [...tenantWide]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) // as the group-only names below
    .map((s) => ({
      name: s.name,
      tenantWide: true,
      cells: groupIds.map((g) => {
        if (groupSecrets.get(g)?.has(s.name)) return 'shadows';
        const status = s.syncStatus?.[g];
        return status === true ? 'replicated' : status === false ? 'pending' : 'absent';
      }),
    }));
  // Group-only names: each row starts absent everywhere and is marked in one pass over the groups' lists
  // (not a lookup per name per group: 200 groups by 60 names is 12,000 cells).
  const groupOnly = new Map<string, Cell[]>();
  groupIds.forEach((g, column) => {
    for (const n of groupSecrets.get(g) ?? []) {
      if (twNames.has(n)) continue;
      let cells = groupOnly.get(n);
      if (!cells) groupOnly.set(n, (cells = new Array<Cell>(groupIds.length).fill('absent')));
      cells[column] = 'own';
    }
  });
  for (const name of [...groupOnly.keys()].sort()) rows.push({ name, tenantWide: false, cells: groupOnly.get(name)! });
  return rows;
}

export function filterMap(rows: MapRow[], state: Cell | 'all', q: string): MapRow[] {
  const needle = q.trim().toLowerCase();
  return rows.filter((r) => (!needle || r.name.includes(needle)) && (state === 'all' || r.cells.includes(state)));
}
