// Where a tenant-wide secret stands in each resource group.
import type { ResourceGroup } from '../../contract';

export type GroupState = 'in-sync' | 'pending' | 'shadowed' | 'stuck' | 'provisioning';

export type GroupRow = { group: string; state: GroupState };

export function groupStates(input: {
  status: Record<string, boolean>;
  groups: ResourceGroup[];
  shadowedIn: Set<string>;
  /** Since when the secret's data last changed (ms since epoch), if known. */
  lastChange: number | null;
  now: number;
  stuckAfterMs: number;
}): GroupRow[] {
  const provisioning = new Set(input.groups.filter((g) => g.status === 'PROVISIONING').map((g) => g.resourceGroupId));
  const created = new Map(input.groups.map((g) => [g.resourceGroupId, g.createdAt ? Date.parse(g.createdAt) : NaN]));
  const ids = new Set([...Object.keys(input.status), ...input.groups.map((g) => g.resourceGroupId)]);
  return [...ids].sort().map((group) => {
    if (input.status[group] === true) return { group, state: 'in-sync' };
    if (input.shadowedIn.has(group)) return { group, state: 'shadowed' };
    if (provisioning.has(group)) return { group, state: 'provisioning' };
    // A group waits for its copy since the secret last changed, or since the group itself was created.
    const since = Math.max(input.lastChange ?? -Infinity, created.get(group) || -Infinity);
    const waited = Number.isFinite(since) ? input.now - since : 0;
    return { group, state: waited > input.stuckAfterMs ? 'stuck' : 'pending' };
  });
}

/** Poll quickly right after a change, then back off: a fifth of the time since the last change, 1 s to 10 s. */
export function pollInterval(sinceChangeMs: number): number {
  return Math.min(10_000, Math.max(1000, Math.round(sinceChangeMs / 5)));
}
