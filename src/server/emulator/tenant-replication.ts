// Replication of tenant-wide secrets into groups: what is in sync, what is still to copy, shadowing and
// the re-sync that ends it, and what a deployment in a group would see mounted.
import { base64ToText } from '../../contract';
import { ApiError } from './api-error';
import { inSync, type TenantWideSecret } from './state';
import type { TenantCore } from './tenant-core';

/** The files a volume mount would show: the stored Base64, and its text where it is UTF-8. */
function mounted(data: Record<string, string>) {
  return { data, text: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, base64ToText(v)])) };
}

export function syncStatus(t: TenantCore, secret: TenantWideSecret): Record<string, boolean> {
  const status: Record<string, boolean> = {};
  for (const group of t.state.groups.values()) status[group.id] = inSync(group, secret);
  return status;
}

/** Copies the service still has to write: every tenant-wide secret not in sync in a provisioned group. */
export function* pendingCopies(t: TenantCore): Generator<{ group: string; name: string; version: number }> {
  for (const group of t.state.groups.values()) {
    if (group.status !== 'PROVISIONED') continue;
    for (const secret of t.state.tenantWide.values()) {
      if (group.secrets.has(secret.name)) continue; // shadowed until the re-sync
      if (group.copies.get(secret.name)?.version !== secret.version) yield { group: group.id, name: secret.name, version: secret.version };
    }
  }
}

export function writeCopy(t: TenantCore, group: string, name: string, version: number): void {
  const secret = t.state.tenantWide.get(name);
  const g = t.state.groups.get(group);
  if (!secret || !g || secret.version !== version || g.secrets.has(name)) return;
  t.commit({ type: 'copy.write', group, name, version, at: t.stamp() }, { background: true });
}

/** Group secrets that shadow a tenant-wide one, with when they were created. */
export function shadows(t: TenantCore): { group: string; name: string; since: string }[] {
  const out: { group: string; name: string; since: string }[] = [];
  for (const g of t.state.groups.values())
    for (const s of g.secrets.values()) if (t.state.tenantWide.has(s.name)) out.push({ group: g.id, name: s.name, since: s.createdAt });
  return out;
}

export function resyncTake(t: TenantCore, group: string, name: string): void {
  if (t.state.groups.get(group)?.secrets.has(name) && t.state.tenantWide.has(name))
    t.commit({ type: 'resync.take', group, name }, { background: true });
}

/** What a deployment in the group would see mounted under this secret name. */
export function consumption(t: TenantCore, groupId: string, name: string) {
  const group = t.requireGroup(groupId);
  const own = group.secrets.get(name);
  const tw = t.state.tenantWide.get(name);
  if (own) return { source: 'resource-group' as const, shadowsTenantWide: Boolean(tw), ...mounted(own.data) };
  const copy = group.copies.get(name);
  if (copy && tw)
    return { source: 'tenant-wide' as const, version: copy.version, current: copy.version === tw.version, ...mounted(copy.data) };
  throw new ApiError(404, 'NotFound', `Nothing named "${name.slice(0, 252)}" is mounted in resource group "${groupId}"`);
}
