// What a workload in a resource group actually gets: the group's own secrets and the tenant-wide secrets
// replicated into it, composed from the two lists (the API lists them separately). A group secret with a
// tenant-wide secret's name is one row with both origins: it shadows the tenant-wide copy.
import type { SecretDetails } from '../../../contract';

export type EffectiveRow = {
  name: string;
  own: SecretDetails | null;
  tenantWide: SecretDetails | null;
  /** The tenant-wide copy's status in this group: true replicated, false not (yet), null no such entry. */
  replicated: boolean | null;
  shadows: boolean;
};

export function effectiveRows(group: string, own: SecretDetails[], tenantWide: SecretDetails[]): EffectiveRow[] {
  const tw = new Map(tenantWide.map((s) => [s.name, s]));
  const rows: EffectiveRow[] = own.map((s) => {
    const t = tw.get(s.name) ?? null;
    return { name: s.name, own: s, tenantWide: t, replicated: t ? (t.syncStatus?.[group] ?? null) : null, shadows: t !== null };
  });
  const ownNames = new Set(own.map((s) => s.name));
  for (const t of tenantWide)
    if (!ownNames.has(t.name))
      rows.push({ name: t.name, own: null, tenantWide: t, replicated: t.syncStatus?.[group] ?? null, shadows: false });
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** The row as a secret for sorting and filtering: the group's own where there is one. */
export const rowSecret = (r: EffectiveRow): SecretDetails => (r.own ?? r.tenantWide)!;
