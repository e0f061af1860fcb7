// When this console first saw each copy of a tenant-wide secret unreplicated: the replication page measures
// "pending for ..." from it. Names and group ids only (never a value), in memory and in this tab's
// sessionStorage so that a reload does not reset the clock.
import { apiConnection } from '../api/client';

const STORAGE_KEY = 'aicore-console.unreplicated-since';
const MAX_ENTRIES = 5000;

let seen: Map<string, number> | null = null;

function store(): Map<string, number> {
  if (seen) return seen;
  seen = new Map();
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (raw) for (const [k, v] of JSON.parse(raw) as [string, number][]) if (typeof k === 'string' && Number.isFinite(v)) seen.set(k, v);
  } catch {
    /* storage unavailable or corrupt: start afresh */
  }
  return seen;
}

function persist(): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...store()].slice(-MAX_ENTRIES)));
  } catch {
    /* storage unavailable: memory only */
  }
}

// Per connection: the same secret and group names in dev and prod are different copies with their own clocks.
const key = (secret: string, group: string) => `${apiConnection() ?? ''}\u0000${secret}\u0000${group}`;

/**
 * Records what a status map shows at `at`: a copy newly seen unreplicated starts its clock, a replicated one
 * forgets it. Returns, per group not in sync, since when this console has seen it so.
 */
export function noteUnreplicated(secret: string, status: Record<string, boolean>, at: number): Map<string, number> {
  const s = store();
  const out = new Map<string, number>();
  let changed = false;
  for (const [group, inSync] of Object.entries(status)) {
    const k = key(secret, group);
    if (inSync) {
      changed = s.delete(k) || changed;
      continue;
    }
    let since = s.get(k);
    if (since === undefined) {
      since = at;
      s.set(k, at);
      changed = true;
    }
    out.set(group, since);
  }
  if (changed) persist();
  return out;
}

/** For tests: forget everything. */
export function resetUnreplicated(): void {
  seen = new Map();
  persist();
}
