// What every part of the tenant shares: the journal it commits to, its limits, and the checks that come
// before any change. The operations live beside it, one file per seam (secrets, groups, replication).
import type { z } from 'zod';
import { describeIssues, TENANT_WIDE_QUOTA, type ErrorCode, type Label } from '../../contract';
import { ApiError } from './api-error';
import type { Journal } from './journal';
import type { Event, Group } from './state';

export type TenantLimits = {
  maxGroups: number;
  tenantWideQuota: number;
  /** Secrets per main tenant or group; 0 means no limit. */
  secretQuota: number;
};

export const DEFAULT_LIMITS: TenantLimits = { maxGroups: 50, tenantWideQuota: TENANT_WIDE_QUOTA, secretQuota: 0 };

export type Page = { top?: number; skip?: number };

const FIELD_CODES: Record<string, ErrorCode> = { name: 'InvalidName', data: 'InvalidData', labels: 'InvalidLabel' };

export function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const { field, message } = describeIssues(result.error);
  const top = field.split('.')[0] ?? '';
  const code = FIELD_CODES[top] ?? (top === 'resourceGroupId' ? 'InvalidName' : 'InvalidRequest');
  throw new ApiError(400, code, message);
}

export function paginate<T>(items: T[], page: Page): T[] {
  const skip = page.skip ?? 0;
  return page.top === undefined ? items.slice(skip) : items.slice(skip, skip + page.top);
}

export function labelsOut(labels: Label[]): Label[] | undefined {
  return labels.length ? labels : undefined;
}

export class TenantCore {
  private sortedNames = new Map<Map<string, unknown>, string[]>();
  /** Moves whenever the group list could page differently: a paging token from before it is stale. */
  groupGeneration = 0;
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

  /**
   * Validate everything first, then commit one event: a request changes the state completely or not at all.
   * `background`: the service's own work, which answers no request (Journal.commit).
   */
  commit(event: Event, { background = false } = {}): void {
    this.journal.commit(event, !background);
    this.sortedNames.clear();
    if (event.type === 'group.create' || event.type === 'group.patch' || event.type === 'group.delete') this.groupGeneration++;
    this.onChange();
  }

  stamp(): string {
    return this.now().toISOString();
  }

  clock(): number {
    return this.now().getTime();
  }

  requireGroup(id: string): Group {
    const group = this.state.groups.get(id);
    if (!group) throw new ApiError(404, 'NotFound', `Resource group "${id.slice(0, 253)}" does not exist`);
    return group;
  }

  /** A group whose deletion is scheduled takes no new writes: they would be lost with it. */
  requireLiveGroup(id: string, what: string): Group {
    const group = this.requireGroup(id);
    if (group.status === 'DEPROVISIONING')
      throw new ApiError(
        409,
        'ResourceGroupDeleting',
        `Resource group "${id}" is being deleted (status DEPROVISIONING): ${what} is not possible there any more`,
      );
    return group;
  }

  /** The keys of a map, sorted, cached until the next change. */
  sorted(map: Map<string, unknown>): string[] {
    let names = this.sortedNames.get(map);
    if (!names) {
      names = [...map.keys()].sort();
      this.sortedNames.set(map, names);
    }
    return names;
  }
}
