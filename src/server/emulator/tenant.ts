// The emulated tenant: one object for the routes, the replicator and the seed. Its operations live in one
// file per seam: tenant-secrets.ts, tenant-groups.ts, tenant-replication.ts, over the shared tenant-core.ts.
import type { SecretScope, TenantWideSecret } from './state';
import { TenantCore, type Page } from './tenant-core';
import * as groups from './tenant-groups';
import * as replication from './tenant-replication';
import * as secrets from './tenant-secrets';

export { DEFAULT_LIMITS, type Page, type TenantLimits } from './tenant-core';

export class Tenant extends TenantCore {
  // ---------- secrets ----------
  listSecrets(scope: SecretScope, page: Page) {
    return secrets.listSecrets(this, scope, page);
  }
  getSecret(scope: SecretScope, name: string) {
    return secrets.getSecret(this, scope, name);
  }
  createSecret(scope: SecretScope, body: unknown): string {
    return secrets.createSecret(this, scope, body);
  }
  patchSecret(scope: SecretScope, name: string, body: unknown): void {
    secrets.patchSecret(this, scope, name, body);
  }
  deleteSecret(scope: SecretScope, name: string): void {
    secrets.deleteSecret(this, scope, name);
  }
  quota(scope: SecretScope) {
    return secrets.secretQuota(this, scope);
  }

  // ---------- resource groups ----------
  listGroups(query: groups.GroupListQuery) {
    return groups.listGroups(this, query);
  }
  getGroup(id: string) {
    return groups.getGroup(this, id);
  }
  createGroup(body: unknown) {
    return groups.createGroup(this, body);
  }
  patchGroup(id: string, body: unknown): void {
    groups.patchGroup(this, id, body);
  }
  deleteGroup(id: string): void {
    groups.deleteGroup(this, id);
  }
  finishDeletion(id: string): void {
    groups.finishDeletion(this, id);
  }
  markProvisioned(id: string): void {
    groups.markProvisioned(this, id);
  }
  groupQuota() {
    return groups.groupQuota(this);
  }

  // ---------- replication ----------
  syncStatus(secret: TenantWideSecret) {
    return replication.syncStatus(this, secret);
  }
  pendingCopies() {
    return replication.pendingCopies(this);
  }
  writeCopy(group: string, name: string, version: number): void {
    replication.writeCopy(this, group, name, version);
  }
  shadows() {
    return replication.shadows(this);
  }
  resyncTake(group: string, name: string): void {
    replication.resyncTake(this, group, name);
  }
  consumption(groupId: string, name: string) {
    return replication.consumption(this, groupId, name);
  }
}
