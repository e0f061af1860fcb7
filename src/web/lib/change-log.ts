// When this browser last changed a tenant-wide secret's data: the replication page measures "time since
// the last change" from it (the API only tells when a secret was created). In memory only.
const changes = new Map<string, number>();

export function noteDataChange(name: string, at = Date.now()): void {
  changes.set(name, at);
}

export function lastDataChange(name: string, createdAt: string | null): number | null {
  const created = createdAt ? Date.parse(createdAt) : NaN;
  const local = changes.get(name);
  if (local !== undefined) return Number.isNaN(created) ? local : Math.max(local, created);
  return Number.isNaN(created) ? null : created;
}
