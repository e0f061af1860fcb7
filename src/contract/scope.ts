// The three scopes of a secret and the headers that select them (AICORE-API.md section 2).

export type Scope = { kind: 'main' } | { kind: 'tenant-wide' } | { kind: 'group'; resourceGroup: string };

export const TENANT_SCOPE_HEADER = 'AI-Tenant-Scope';
export const RESOURCE_GROUP_HEADER = 'AI-Resource-Group';
export const ALL_GROUPS = '*';

export function scopeToHeaders(scope: Scope): Record<string, string> {
  switch (scope.kind) {
    case 'main':
      return { [TENANT_SCOPE_HEADER]: 'true' };
    case 'tenant-wide':
      return { [TENANT_SCOPE_HEADER]: 'true', [RESOURCE_GROUP_HEADER]: ALL_GROUPS };
    case 'group':
      return { [RESOURCE_GROUP_HEADER]: scope.resourceGroup };
  }
}

export type ScopeResult = { ok: true; scope: Scope } | { ok: false; message: string };

/**
 * Reads the scope from header values (already looked up case-insensitively).
 * Decision: tenant scope with a concrete group (or none) is the main tenant, because SAP's JS SDK always
 * adds `AI-Resource-Group: default`.
 */
export function headersToScope(tenantScope: string | undefined, resourceGroup: string | undefined): ScopeResult {
  let tenant = false;
  if (tenantScope !== undefined) {
    const v = tenantScope.trim().toLowerCase();
    if (v === 'true') tenant = true;
    else if (v !== 'false')
      return { ok: false, message: `The ${TENANT_SCOPE_HEADER} header must be "true" or "false", not "${tenantScope.slice(0, 20)}"` };
  }
  const group = resourceGroup?.trim();
  if (tenant) return { ok: true, scope: group === ALL_GROUPS ? { kind: 'tenant-wide' } : { kind: 'main' } };
  if (group === ALL_GROUPS)
    return {
      ok: false,
      message: `The ${RESOURCE_GROUP_HEADER} header "*" (every group) needs the ${TENANT_SCOPE_HEADER} header set to true`,
    };
  if (!group)
    return {
      ok: false,
      message: `The scope is missing: set the ${TENANT_SCOPE_HEADER} header to true (main tenant), the ${RESOURCE_GROUP_HEADER} header to a group's ID (a resource group), or both, with "*" as the group (tenant-wide)`,
    };
  return { ok: true, scope: { kind: 'group', resourceGroup: group } };
}

export function scopeLabel(scope: Scope): string {
  switch (scope.kind) {
    case 'main':
      return 'Main tenant';
    case 'tenant-wide':
      return 'Tenant-wide';
    case 'group':
      return `Resource group ${scope.resourceGroup}`;
  }
}
