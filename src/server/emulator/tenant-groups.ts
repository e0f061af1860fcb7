// Resource groups: list (label selector, paging), read, create, replace labels, scheduled deletion,
// provisioning, and the group quota.
import { createResourceGroupSchema, patchResourceGroupSchema } from '../../contract';
import { ApiError } from './api-error';
import { decodeToken, encodeToken, type Cursor } from './group-paging';
import { parseLabelSelector } from './label-selector';
import type { Group } from './state';
import { labelsOut, parse, type Page, type TenantCore } from './tenant-core';

function groupOut(t: TenantCore, g: Group) {
  return {
    resourceGroupId: g.id,
    tenantId: t.state.tenantId,
    zoneId: `zone-${t.state.tenantId.slice(0, 8)}`,
    createdAt: g.createdAt,
    status: g.status,
    statusMessage: g.statusMessage,
    labels: labelsOut(g.labels),
  };
}

export type GroupListQuery = {
  page: Page;
  /** `k=v,k2!=v2`, empty for every group. */
  selector: string;
  /** From `Prefer: maxpagesize=N`. */
  preferredSize?: number;
  continueToken?: string | null;
  /** The service's own page cap; 0 for none. */
  maxPageSize: number;
};

/**
 * One page of the group list. `$skip`/`$top` choose a window; a page size (the client's preference, capped by
 * the service's) splits it into pages, and `next` is the token of the following page, if any.
 */
export function listGroups(t: TenantCore, q: GroupListQuery) {
  let cursor: Cursor;
  if (q.continueToken != null) {
    if (q.page.skip !== undefined || q.page.top !== undefined || q.selector)
      throw new ApiError(
        400,
        'InvalidQuery',
        'Query parameter continueToken carries the whole query: send it without $top, $skip or labelSelector',
      );
    cursor = decodeToken(q.continueToken, t.groupGeneration, t.clock());
  } else {
    const sizes = [q.preferredSize, q.maxPageSize || undefined].filter((n): n is number => n !== undefined);
    const skip = q.page.skip ?? 0;
    cursor = {
      offset: skip,
      end: q.page.top === undefined ? null : skip + q.page.top,
      selector: q.selector,
      size: sizes.length ? Math.min(...sizes) : Number.MAX_SAFE_INTEGER,
    };
  }
  const match = cursor.selector ? parseLabelSelector(cursor.selector) : null;
  const all = [...t.state.groups.values()].filter((g) => !match || match(g.labels));
  const end = Math.min(all.length, cursor.end ?? all.length);
  const stop = Math.min(end, cursor.offset + cursor.size);
  const resources = all.slice(cursor.offset, stop).map((g) => groupOut(t, g));
  const next = stop < end ? encodeToken({ ...cursor, offset: stop }, t.groupGeneration, t.clock()) : null;
  return { total: all.length, resources, next, pageSize: cursor.size === Number.MAX_SAFE_INTEGER ? null : cursor.size };
}

export function getGroup(t: TenantCore, id: string) {
  return groupOut(t, t.requireGroup(id));
}

export function createGroup(t: TenantCore, body: unknown) {
  const input = parse(createResourceGroupSchema, body);
  const existing = t.state.groups.get(input.resourceGroupId);
  if (existing)
    throw new ApiError(
      409,
      'AlreadyExists',
      existing.status === 'DEPROVISIONING'
        ? `Resource group "${input.resourceGroupId}" is still being deleted: create it again once it is gone`
        : `Resource group "${input.resourceGroupId}" already exists`,
    );
  if (t.state.groups.size >= t.limits.maxGroups)
    throw new ApiError(
      400,
      'QuotaExceeded',
      `The tenant already has ${t.state.groups.size} of ${t.limits.maxGroups} resource groups (groups being deleted count until they are gone): delete one first`,
    );
  t.commit({
    type: 'group.create',
    id: input.resourceGroupId,
    createdAt: t.stamp(),
    labels: (input.labels ?? []).filter((l) => l.value !== ''),
  });
  return {
    resourceGroupId: input.resourceGroupId,
    tenantId: t.state.tenantId,
    zoneId: groupOut(t, t.requireGroup(input.resourceGroupId)).zoneId,
  };
}

/** Replaces the whole label set: a label left out is removed. */
export function patchGroup(t: TenantCore, id: string, body: unknown): void {
  t.requireLiveGroup(id, 'changing its labels');
  const input = parse(patchResourceGroupSchema, body);
  t.commit({ type: 'group.patch', id, labels: input.labels.filter((l) => l.value !== '') });
}

/** Schedules the deletion: the group shows DEPROVISIONING until the replicator finishes it. Asking again is harmless. */
export function deleteGroup(t: TenantCore, id: string): void {
  const group = t.requireGroup(id);
  if (id === 'default') throw new ApiError(400, 'DeletionNotAllowed', 'The resource group "default" cannot be deleted');
  if (group.status === 'DEPROVISIONING') return;
  t.commit({ type: 'group.deletion-scheduled', id, at: t.stamp() });
}

export function finishDeletion(t: TenantCore, id: string): void {
  if (t.state.groups.get(id)?.status === 'DEPROVISIONING') t.commit({ type: 'group.delete', id }, { background: true });
}

export function markProvisioned(t: TenantCore, id: string): void {
  if (t.state.groups.get(id)?.status === 'PROVISIONING') t.commit({ type: 'group.provisioned', id }, { background: true });
}

export function groupQuota(t: TenantCore) {
  return { usage: { count: t.state.groups.size }, quota: { maxCount: t.limits.maxGroups } };
}
