// Where a tenant-wide secret stands in each resource group. A copy not yet replicated is pending; past the
// threshold it is stuck. The wait is measured from when the console first saw the copy unreplicated (when
// known), or from the secret's last change (its creation, or a rotation this browser made); never from before
// the group itself existed.
import type { ResourceGroup } from '../../contract';
import { isBeingDeleted } from './group-deletion';

export type GroupState = 'in-sync' | 'pending' | 'shadowed' | 'stuck' | 'provisioning' | 'deleting';

export type GroupRow = {
  group: string;
  state: GroupState;
  /** For pending and stuck copies: since when the wait is counted (ms since epoch), and how long it is. */
  since?: number;
  waitedMs?: number;
};

export function groupStates(input: {
  status: Record<string, boolean>;
  groups: ResourceGroup[];
  shadowedIn: Set<string>;
  /** Since when the secret's data last changed (ms since epoch), if known. */
  lastChange: number | null;
  now: number;
  stuckAfterMs: number;
  /** Per group, since when this console has seen its copy unreplicated; used instead of `lastChange` when given. */
  firstSeen?: Map<string, number>;
}): GroupRow[] {
  const byId = new Map(input.groups.map((g) => [g.resourceGroupId, g]));
  const ids = new Set([...Object.keys(input.status), ...input.groups.map((g) => g.resourceGroupId)]);
  return [...ids].sort().map((group): GroupRow => {
    const g = byId.get(group);
    if (input.status[group] === true) return { group, state: 'in-sync' };
    if (isBeingDeleted(g?.status)) return { group, state: 'deleting' };
    if (input.shadowedIn.has(group)) return { group, state: 'shadowed' };
    if (g?.status === 'PROVISIONING') return { group, state: 'provisioning' };
    const created = g?.createdAt ? Date.parse(g.createdAt) : NaN;
    const seen = input.firstSeen ? (input.firstSeen.get(group) ?? input.now) : undefined;
    // A rotation restarts every copy's wait; a group created later has waited only since it exists.
    const since = Math.max(seen ?? -Infinity, input.lastChange ?? -Infinity, Number.isNaN(created) ? -Infinity : created);
    if (!Number.isFinite(since)) return { group, state: 'pending', waitedMs: 0 };
    const waitedMs = Math.max(0, input.now - since);
    return { group, state: waitedMs > input.stuckAfterMs ? 'stuck' : 'pending', since, waitedMs };
  });
}

/** Poll quickly right after a change, then back off: a fifth of the time since the last change, 1 s to 10 s. */
export function pollInterval(sinceChangeMs: number): number {
  return Math.min(10_000, Math.max(1000, Math.round(sinceChangeMs / 5)));
}
