// Where each view lives: scope, group, page, filter and sort are in the URL so a link reopens the view.
import type { Scope } from '../../contract';

export function secretsPath(scope: Scope): string {
  if (scope.kind === 'group') return `/secrets/groups/${encodeURIComponent(scope.resourceGroup)}`;
  return `/secrets/${scope.kind}`;
}

export function tenantWideSecretPath(name: string): string {
  return `/secrets/tenant-wide/${encodeURIComponent(name)}`;
}

/** A secret's own page, at any scope (the tenant-wide one shows its replication too). */
export function secretPath(scope: Scope, name: string): string {
  if (scope.kind === 'tenant-wide') return tenantWideSecretPath(name);
  return `${secretsPath(scope)}/${encodeURIComponent(name)}`;
}

export function fanOutPath(name?: string, from?: string): string {
  const q = new URLSearchParams();
  if (name) q.set('name', name);
  if (from) q.set('from', from);
  const qs = q.toString();
  return `/secrets/fan-out${qs ? `?${qs}` : ''}`;
}

export const paths = { overview: '/', map: '/map', resourceGroups: '/resource-groups', activity: '/activity', compare: '/compare' };
