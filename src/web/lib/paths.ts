// Where each view lives: scope, group, page, filter and sort are in the URL so a link reopens the view.
import type { Scope } from '../../contract';

export function secretsPath(scope: Scope): string {
  if (scope.kind === 'group') return `/secrets/groups/${encodeURIComponent(scope.resourceGroup)}`;
  return `/secrets/${scope.kind}`;
}

export function tenantWideSecretPath(name: string): string {
  return `/secrets/tenant-wide/${encodeURIComponent(name)}`;
}

export const paths = { overview: '/', map: '/map', resourceGroups: '/resource-groups' };
