// The tenant's operations: validate everything first, then commit one event. A request either changes
// the state completely or not at all.
import type { z } from 'zod';
import {
  base64ToText,
  createResourceGroupSchema,
  createSecretSchema,
  describeIssues,
  isProtectedLabel,
  patchResourceGroupSchema,
  patchSecretSchema,
  TENANT_WIDE_QUOTA,
  type ErrorCode,
  type Label,
} from '../../contract';
import { ApiError } from './api-error';
import type { Journal } from './journal';
import { inSync, type Event, type Group, type SecretScope, type StoredSecret, type TenantWideSecret } from './state';

export type TenantLimits = {
  maxGroups: number;
  tenantWideQuota: number;
  /** Secrets per main tenant or group; 0 means no limit. */
  secretQuota: number;
};

export const DEFAULT_LIMITS: TenantLimits = { maxGroups: 50, tenantWideQuota: TENANT_WIDE_QUOTA, secretQuota: 0 };

export type Page = { top?: number; skip?: number };

const FIELD_CODES: Record<string, ErrorCode> = { name: 'InvalidName', data: 'InvalidData', labels: 'InvalidLabel' };

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const { field, message } = describeIssues(result.error);
  const top = field.split('.')[0] ?? '';
  const code = FIELD_CODES[top] ?? (top === 'resourceGroupId' ? 'InvalidName' : 'InvalidRequest');
  throw new ApiError(400, code, message);
}

function paginate<T>(items: T[], page: Page): T[] {
  const skip = page.skip ?? 0;
  return page.top === undefined ? items.slice(skip) : items.slice(skip, skip + page.top);
}

/** The files a volume mount would show: the stored Base64, and its text where it is UTF-8. */
function mounted(data: Record<string, string>) {
  return { data, text: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, base64ToText(v)])) };
}

function labelsOut(labels: Label[]): Label[] | undefined {
  return labels.length ? labels : undefined;
}

export class Tenant {
  private sortedNames = new Map<Map<string, unknown>, string[]>();
  /** Called after every committed change: the replicator listens. */
  onChange: () => void = () => {};

  constructor(
    private readonly journal: Journal,
    readonly limits: TenantLimits = DEFAULT_LIMITS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get state() {
    return this.journal.state;
  }

  private commit(event: Event): void {
    this.journal.commit(event);
    this.sortedNames.clear();
    this.onChange();
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  // ---------- secrets ----------

  private secretsOf(scope: SecretScope): Map<string, StoredSecret> {
    if (scope.kind === 'main') return this.state.main;
    if (scope.kind === 'tenant-wide') return this.state.tenantWide;
    return this.requireGroup(scope.resourceGroup).secrets;
  }

  private requireGroup(id: string): Group {
    const group = this.state.groups.get(id);
    if (!group) throw new ApiError(404, 'NotFound', `resource group "${id.slice(0, 253)}" does not exist`);
    return group;
  }

  private requireSecret(scope: SecretScope, name: string): StoredSecret {
    const secret = this.secretsOf(scope).get(name);
    if (!secret) throw new ApiError(404, 'NotFound', `secret "${name.slice(0, 252)}" does not exist in this scope`);
    return secret;
  }

  private sorted(map: Map<string, unknown>): string[] {
    let names = this.sortedNames.get(map);
    if (!names) {
      names = [...map.keys()].sort();
      this.sortedNames.set(map, names);
    }
    return names;
  }

  private details(scope: SecretScope, secret: StoredSecret) {
    const out: Record<string, unknown> = { name: secret.name, createdAt: secret.createdAt, labels: labelsOut(secret.labels) };
    if (scope.kind === 'tenant-wide') {
      const status = this.syncStatus(secret as TenantWideSecret);
      // The spec and the help pages name this map differently; the emulator answers with both.
      out.resourceGroupSecretsSyncStatus = status;
      out.resourceGroupSecretReplicationStatus = status;
    }
    return out;
  }

  syncStatus(secret: TenantWideSecret): Record<string, boolean> {
    const status: Record<string, boolean> = {};
    for (const group of this.state.groups.values()) status[group.id] = inSync(group, secret);
    return status;
  }

  listSecrets(scope: SecretScope, page: Page) {
    const map = this.secretsOf(scope);
    const names = paginate(this.sorted(map), page);
    return { total: map.size, resources: names.map((n) => this.details(scope, map.get(n)!)) };
  }

  getSecret(scope: SecretScope, name: string) {
    return this.details(scope, this.requireSecret(scope, name));
  }

  createSecret(scope: SecretScope, body: unknown): string {
    const map = this.secretsOf(scope);
    const input = parse(createSecretSchema, body);
    if (map.has(input.name)) throw new ApiError(409, 'AlreadyExists', `a secret named "${input.name}" already exists in this scope`);
    if (scope.kind === 'tenant-wide' && map.size >= this.limits.tenantWideQuota)
      throw new ApiError(
        400,
        'QuotaExceeded',
        `the tenant already has ${map.size} of ${this.limits.tenantWideQuota} tenant-wide secrets: delete one to free a slot, or create this secret in the main tenant or a resource group instead`,
      );
    if (scope.kind !== 'tenant-wide' && this.limits.secretQuota > 0 && map.size >= this.limits.secretQuota)
      throw new ApiError(
        400,
        'QuotaExceeded',
        `this scope already holds ${map.size} of ${this.limits.secretQuota} secrets: delete one to free a slot`,
      );
    const labels = (input.labels ?? []).filter((l) => l.value !== ''); // "" on create: dropped
    this.commit({
      type: 'secret.create',
      scope,
      secret: { name: input.name, createdAt: this.stamp(), data: input.data, labels },
    });
    return input.name;
  }

  patchSecret(scope: SecretScope, name: string, body: unknown): void {
    const current = this.requireSecret(scope, name);
    const labelsIn = (body as { labels?: unknown } | null)?.labels;
    if (Array.isArray(labelsIn)) {
      const locked = labelsIn.find((l) => isProtectedLabel((l as { key?: unknown })?.key as string));
      if (locked)
        throw new ApiError(
          400,
          'ProtectedLabel',
          `labels: "${(locked as { key: string }).key}" is protected and cannot be changed or removed after creation`,
        );
    }
    const input = parse(patchSecretSchema, body);
    // Labels merge by key; "" removes one.
    const merged = new Map(current.labels.map((l) => [l.key, l.value]));
    for (const { key, value } of input.labels ?? []) {
      if (value === '') merged.delete(key);
      else merged.set(key, value);
    }
    this.commit({
      type: 'secret.patch',
      scope,
      name,
      at: this.stamp(),
      data: input.data,
      labels: [...merged].map(([key, value]) => ({ key, value })),
    });
  }

  deleteSecret(scope: SecretScope, name: string): void {
    this.requireSecret(scope, name);
    this.commit({ type: 'secret.delete', scope, name });
  }

  quota(scope: SecretScope) {
    const count = this.secretsOf(scope).size;
    const maxCount = scope.kind === 'tenant-wide' ? this.limits.tenantWideQuota : this.limits.secretQuota;
    return { usage: { count }, quota: { maxCount } };
  }

  // ---------- resource groups ----------

  private groupOut(g: Group) {
    return {
      resourceGroupId: g.id,
      tenantId: this.state.tenantId,
      zoneId: `zone-${this.state.tenantId.slice(0, 8)}`,
      createdAt: g.createdAt,
      status: g.status,
      statusMessage: g.statusMessage,
      labels: labelsOut(g.labels),
    };
  }

  listGroups(page: Page, selector: ((labels: Label[]) => boolean) | null) {
    const all = [...this.state.groups.values()].filter((g) => !selector || selector(g.labels));
    return { total: all.length, resources: paginate(all, page).map((g) => this.groupOut(g)) };
  }

  getGroup(id: string) {
    return this.groupOut(this.requireGroup(id));
  }

  createGroup(body: unknown) {
    const input = parse(createResourceGroupSchema, body);
    if (this.state.groups.has(input.resourceGroupId))
      throw new ApiError(409, 'AlreadyExists', `resource group "${input.resourceGroupId}" already exists`);
    if (this.state.groups.size >= this.limits.maxGroups)
      throw new ApiError(
        400,
        'QuotaExceeded',
        `the tenant already has ${this.state.groups.size} of ${this.limits.maxGroups} resource groups: delete one first`,
      );
    this.commit({
      type: 'group.create',
      id: input.resourceGroupId,
      createdAt: this.stamp(),
      labels: (input.labels ?? []).filter((l) => l.value !== ''),
    });
    return {
      resourceGroupId: input.resourceGroupId,
      tenantId: this.state.tenantId,
      zoneId: this.groupOut(this.requireGroup(input.resourceGroupId)).zoneId,
    };
  }

  patchGroup(id: string, body: unknown): void {
    this.requireGroup(id);
    const input = parse(patchResourceGroupSchema, body);
    this.commit({ type: 'group.patch', id, labels: input.labels.filter((l) => l.value !== '') });
  }

  deleteGroup(id: string): void {
    this.requireGroup(id);
    if (id === 'default') throw new ApiError(400, 'DeletionNotAllowed', 'the resource group "default" cannot be deleted');
    this.commit({ type: 'group.delete', id });
  }

  markProvisioned(id: string): void {
    if (this.state.groups.get(id)?.status === 'PROVISIONING') this.commit({ type: 'group.provisioned', id });
  }

  // ---------- replication ----------

  /** Copies the service still has to write: every tenant-wide secret not in sync in a provisioned group. */
  *pendingCopies(): Generator<{ group: string; name: string; version: number }> {
    for (const group of this.state.groups.values()) {
      if (group.status !== 'PROVISIONED') continue;
      for (const secret of this.state.tenantWide.values()) {
        if (group.secrets.has(secret.name)) continue; // shadowed until the re-sync
        if (group.copies.get(secret.name)?.version !== secret.version)
          yield { group: group.id, name: secret.name, version: secret.version };
      }
    }
  }

  writeCopy(group: string, name: string, version: number): void {
    const secret = this.state.tenantWide.get(name);
    const g = this.state.groups.get(group);
    if (!secret || !g || secret.version !== version || g.secrets.has(name)) return;
    this.commit({ type: 'copy.write', group, name, version, at: this.stamp() });
  }

  /** Group secrets that shadow a tenant-wide one, with when they were created. */
  shadows(): { group: string; name: string; since: string }[] {
    const out: { group: string; name: string; since: string }[] = [];
    for (const g of this.state.groups.values())
      for (const s of g.secrets.values())
        if (this.state.tenantWide.has(s.name)) out.push({ group: g.id, name: s.name, since: s.createdAt });
    return out;
  }

  resyncTake(group: string, name: string): void {
    if (this.state.groups.get(group)?.secrets.has(name) && this.state.tenantWide.has(name))
      this.commit({ type: 'resync.take', group, name });
  }

  /** What a deployment in the group would see mounted under this secret name. */
  consumption(groupId: string, name: string) {
    const group = this.requireGroup(groupId);
    const own = group.secrets.get(name);
    const tw = this.state.tenantWide.get(name);
    if (own) return { source: 'resource-group' as const, shadowsTenantWide: Boolean(tw), ...mounted(own.data) };
    const copy = group.copies.get(name);
    if (copy && tw)
      return { source: 'tenant-wide' as const, version: copy.version, current: copy.version === tw.version, ...mounted(copy.data) };
    throw new ApiError(404, 'NotFound', `nothing named "${name.slice(0, 252)}" is mounted in resource group "${groupId}"`);
  }
}
