// The emulated tenant in memory, and the events that change it. Every change goes through `applyEvent`,
// both live and when the journal is replayed at start-up, so a restart rebuilds exactly what was acknowledged.
import type { Label } from '../../contract';

export type SecretData = Record<string, string>;
export type StoredSecret = { name: string; createdAt: string; data: SecretData; labels: Label[] };
export type TenantWideSecret = StoredSecret & { version: number; changedAt: string };
export type GroupCopy = { version: number; data: SecretData; writtenAt: string };
/** DEPROVISIONING: deletion is scheduled; the group goes once the service has taken it down. */
export type GroupStatus = 'PROVISIONING' | 'PROVISIONED' | 'ERROR' | 'DEPROVISIONING';
export type Group = {
  id: string;
  createdAt: string;
  status: GroupStatus;
  statusMessage?: string;
  labels: Label[];
  secrets: Map<string, StoredSecret>;
  /** The copies of tenant-wide secrets that the service wrote into this group. */
  copies: Map<string, GroupCopy>;
};

export type State = {
  tenantId: string;
  main: Map<string, StoredSecret>;
  tenantWide: Map<string, TenantWideSecret>;
  groups: Map<string, Group>;
};

export type SecretScope = { kind: 'main' } | { kind: 'tenant-wide' } | { kind: 'group'; resourceGroup: string };

export type Event =
  | { type: 'secret.create'; scope: SecretScope; secret: StoredSecret }
  | { type: 'secret.patch'; scope: SecretScope; name: string; at: string; data?: SecretData; labels: Label[] }
  | { type: 'secret.delete'; scope: SecretScope; name: string }
  | { type: 'copy.write'; group: string; name: string; version: number; at: string }
  | { type: 'resync.take'; group: string; name: string }
  | { type: 'group.create'; id: string; createdAt: string; labels: Label[] }
  | { type: 'group.provisioned'; id: string }
  | { type: 'group.patch'; id: string; labels: Label[] }
  | { type: 'group.deletion-scheduled'; id: string; at: string }
  | { type: 'group.delete'; id: string };

export function emptyState(tenantId: string): State {
  return { tenantId, main: new Map(), tenantWide: new Map(), groups: new Map() };
}

function secretsOf(state: State, scope: SecretScope): Map<string, StoredSecret> | undefined {
  if (scope.kind === 'main') return state.main;
  if (scope.kind === 'tenant-wide') return state.tenantWide;
  return state.groups.get(scope.resourceGroup)?.secrets;
}

export function applyEvent(state: State, e: Event): void {
  switch (e.type) {
    case 'secret.create': {
      if (e.scope.kind === 'tenant-wide') {
        state.tenantWide.set(e.secret.name, { ...e.secret, version: 1, changedAt: e.secret.createdAt });
        return;
      }
      secretsOf(state, e.scope)?.set(e.secret.name, e.secret);
      // A group's own secret replaces the tenant-wide copy there: this is shadowing.
      if (e.scope.kind === 'group') state.groups.get(e.scope.resourceGroup)?.copies.delete(e.secret.name);
      return;
    }
    case 'secret.patch': {
      const map = secretsOf(state, e.scope);
      const current = map?.get(e.name);
      if (!map || !current) return;
      const next = { ...current, labels: e.labels, data: e.data ?? current.data };
      if (e.scope.kind === 'tenant-wide' && e.data) {
        const tw = current as TenantWideSecret;
        map.set(e.name, { ...next, version: tw.version + 1, changedAt: e.at } as TenantWideSecret);
      } else map.set(e.name, next);
      return;
    }
    case 'secret.delete': {
      secretsOf(state, e.scope)?.delete(e.name);
      if (e.scope.kind === 'tenant-wide') for (const g of state.groups.values()) g.copies.delete(e.name);
      return;
    }
    case 'copy.write': {
      const tw = state.tenantWide.get(e.name);
      const group = state.groups.get(e.group);
      if (!tw || !group || tw.version !== e.version) return;
      group.copies.set(e.name, { version: e.version, data: tw.data, writtenAt: e.at });
      return;
    }
    case 'resync.take': {
      // The periodic re-sync overwrites the group's own secret with the tenant-wide one.
      state.groups.get(e.group)?.secrets.delete(e.name);
      return;
    }
    case 'group.create':
      state.groups.set(e.id, {
        id: e.id,
        createdAt: e.createdAt,
        status: 'PROVISIONING',
        labels: e.labels,
        secrets: new Map(),
        copies: new Map(),
      });
      return;
    case 'group.provisioned': {
      const g = state.groups.get(e.id);
      if (g) g.status = 'PROVISIONED';
      return;
    }
    case 'group.patch': {
      const g = state.groups.get(e.id);
      if (g) g.labels = e.labels;
      return;
    }
    case 'group.deletion-scheduled': {
      const g = state.groups.get(e.id);
      if (g) {
        g.status = 'DEPROVISIONING';
        g.statusMessage = `Resource Group deletion scheduled at ${e.at}`;
      }
      return;
    }
    case 'group.delete':
      state.groups.delete(e.id);
      return;
  }
}

/** True when the group holds the current version of the tenant-wide secret and nothing shadows it. */
export function inSync(group: Group, secret: TenantWideSecret): boolean {
  return group.status === 'PROVISIONED' && !group.secrets.has(secret.name) && group.copies.get(secret.name)?.version === secret.version;
}

// ---- snapshots: Maps as arrays ----

type GroupJson = Omit<Group, 'secrets' | 'copies'> & { secrets: StoredSecret[]; copies: [string, GroupCopy][] };
export type StateJson = {
  tenantId: string;
  main: StoredSecret[];
  tenantWide: TenantWideSecret[];
  groups: GroupJson[];
};

export function toJson(state: State): StateJson {
  return {
    tenantId: state.tenantId,
    main: [...state.main.values()],
    tenantWide: [...state.tenantWide.values()],
    groups: [...state.groups.values()].map((g) => ({
      ...g,
      secrets: [...g.secrets.values()],
      copies: [...g.copies.entries()],
    })),
  };
}

export function fromJson(json: StateJson): State {
  return {
    tenantId: json.tenantId,
    main: new Map(json.main.map((s) => [s.name, s])),
    tenantWide: new Map(json.tenantWide.map((s) => [s.name, s])),
    groups: new Map(
      json.groups.map((g) => [g.id, { ...g, secrets: new Map(g.secrets.map((s) => [s.name, s])), copies: new Map(g.copies) }]),
    ),
  };
}
