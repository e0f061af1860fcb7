// The tenant map: secret names down, resource groups across.
import type { SecretDetails } from '../../../contract';

export type Cell = 'replicated' | 'pending' | 'own' | 'shadows' | 'absent';
export type MapRow = { name: string; tenantWide: boolean; cells: Cell[] };

export function buildMap(tenantWide: SecretDetails[], groupIds: string[], groupSecrets: Map<string, Set<string>>): MapRow[] {
  const twNames = new Set(tenantWide.map((s) => s.name));
  const rows: MapRow[] = [...tenantWide]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({
      name: s.name,
      tenantWide: true,
      cells: groupIds.map((g) => {
        if (groupSecrets.get(g)?.has(s.name)) return 'shadows';
        const status = s.syncStatus?.[g];
        return status === true ? 'replicated' : status === false ? 'pending' : 'absent';
      }),
    }));
  const groupOnly = new Set<string>();
  for (const names of groupSecrets.values()) for (const n of names) if (!twNames.has(n)) groupOnly.add(n);
  for (const name of [...groupOnly].sort())
    rows.push({ name, tenantWide: false, cells: groupIds.map((g) => (groupSecrets.get(g)?.has(name) ? 'own' : 'absent')) });
  return rows;
}

export function filterMap(rows: MapRow[], state: Cell | 'all', q: string): MapRow[] {
  const needle = q.trim().toLowerCase();
  return rows.filter((r) => (!needle || r.name.includes(needle)) && (state === 'all' || r.cells.includes(state)));
}
