// Generic secrets at every scope: list, read, create, patch (rotation and label merge), delete, quota.
import { createSecretSchema, fieldName, isProtectedLabel, patchSecretSchema } from '../../contract';
import { ApiError } from './api-error';
import type { SecretScope, StoredSecret, TenantWideSecret } from './state';
import { labelsOut, paginate, parse, type Page, type TenantCore } from './tenant-core';
import { syncStatus } from './tenant-replication';

function secretsOf(t: TenantCore, scope: SecretScope, write?: string): Map<string, StoredSecret> {
  if (scope.kind === 'main') return t.state.main;
  if (scope.kind === 'tenant-wide') return t.state.tenantWide;
  return (write ? t.requireLiveGroup(scope.resourceGroup, write) : t.requireGroup(scope.resourceGroup)).secrets;
}

function requireSecret(t: TenantCore, scope: SecretScope, name: string): StoredSecret {
  const secret = secretsOf(t, scope).get(name);
  if (!secret) throw new ApiError(404, 'NotFound', `The secret "${name.slice(0, 252)}" does not exist in this scope`);
  return secret;
}

function details(t: TenantCore, scope: SecretScope, secret: StoredSecret) {
  const out: Record<string, unknown> = { name: secret.name, createdAt: secret.createdAt, labels: labelsOut(secret.labels) };
  if (scope.kind === 'tenant-wide') {
    const status = syncStatus(t, secret as TenantWideSecret);
    // The spec and the help pages name this map differently; the emulator answers with both.
    out.resourceGroupSecretsSyncStatus = status;
    out.resourceGroupSecretReplicationStatus = status;
  }
  return out;
}

export function listSecrets(t: TenantCore, scope: SecretScope, page: Page) {
  const map = secretsOf(t, scope);
  const names = paginate(t.sorted(map), page);
  return { total: map.size, resources: names.map((n) => details(t, scope, map.get(n)!)) };
}

export function getSecret(t: TenantCore, scope: SecretScope, name: string) {
  return details(t, scope, requireSecret(t, scope, name));
}

export function createSecret(t: TenantCore, scope: SecretScope, body: unknown): string {
  const map = secretsOf(t, scope, 'creating a secret');
  const input = parse(createSecretSchema, body);
  if (map.has(input.name)) throw new ApiError(409, 'AlreadyExists', `A secret named "${input.name}" already exists in this scope`);
  if (scope.kind === 'tenant-wide' && map.size >= t.limits.tenantWideQuota)
    throw new ApiError(
      400,
      'QuotaExceeded',
      `The tenant already has ${map.size} of ${t.limits.tenantWideQuota} tenant-wide secrets: delete one to free a slot, or create this secret in the main tenant or a resource group instead`,
    );
  if (scope.kind !== 'tenant-wide' && t.limits.secretQuota > 0 && map.size >= t.limits.secretQuota)
    throw new ApiError(
      400,
      'QuotaExceeded',
      `This scope already holds ${map.size} of ${t.limits.secretQuota} secrets: delete one to free a slot`,
    );
  const labels = (input.labels ?? []).filter((l) => l.value !== ''); // "" on create: dropped
  t.commit({
    type: 'secret.create',
    scope,
    secret: { name: input.name, createdAt: t.stamp(), data: input.data, labels },
  });
  return input.name;
}

export function patchSecret(t: TenantCore, scope: SecretScope, name: string, body: unknown): void {
  secretsOf(t, scope, 'changing a secret');
  const current = requireSecret(t, scope, name);
  const labelsIn = (body as { labels?: unknown } | null)?.labels;
  if (Array.isArray(labelsIn)) {
    const at = labelsIn.findIndex((l) => isProtectedLabel((l as { key?: unknown })?.key as string));
    if (at >= 0)
      throw new ApiError(
        400,
        'ProtectedLabel',
        `${fieldName(['labels', at, 'key'])}: "${(labelsIn[at] as { key: string }).key}" is protected: it cannot be changed or removed after the secret is created`,
      );
  }
  const input = parse(patchSecretSchema, body);
  // Labels merge by key; "" removes one.
  const merged = new Map(current.labels.map((l) => [l.key, l.value]));
  for (const { key, value } of input.labels ?? []) {
    if (value === '') merged.delete(key);
    else merged.set(key, value);
  }
  t.commit({
    type: 'secret.patch',
    scope,
    name,
    at: t.stamp(),
    data: input.data,
    labels: [...merged].map(([key, value]) => ({ key, value })),
  });
}

export function deleteSecret(t: TenantCore, scope: SecretScope, name: string): void {
  requireSecret(t, scope, name);
  t.commit({ type: 'secret.delete', scope, name });
}

export function secretQuota(t: TenantCore, scope: SecretScope) {
  const count = secretsOf(t, scope).size;
  const maxCount = scope.kind === 'tenant-wide' ? t.limits.tenantWideQuota : t.limits.secretQuota;
  return { usage: { count }, quota: { maxCount } };
}
