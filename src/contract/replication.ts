// How far a tenant-wide secret has come, read from its per-group status map.

export type ReplicationSummary = { inSync: number; total: number; pending: string[]; complete: boolean };

export function summarizeReplication(status: Record<string, boolean> | null | undefined): ReplicationSummary {
  const entries = Object.entries(status ?? {});
  const pending = entries.filter(([, ok]) => !ok).map(([group]) => group);
  const total = entries.length;
  return { inSync: total - pending.length, total, pending, complete: total > 0 && pending.length === 0 };
}
