// The console's activity log API: its shapes, and the query factory every feature uses for it.
import { queryOptions } from '@tanstack/react-query';
import type { Scope } from '../../contract';
import { arrayOf, nullish, number, object, oneOf, recordOf, string } from '../../contract/read';
import { apiFetch } from './client';

export const AUDIT_ACTIONS = {
  'secret.create': 'Created secret',
  'secret.rotate': 'Rotated secret',
  'secret.labels': 'Edited labels',
  'secret.delete': 'Deleted secret',
  'resource-group.create': 'Created resource group',
  'resource-group.labels': 'Edited group labels',
  'resource-group.delete': 'Deleted resource group',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

const action = oneOf(...(Object.keys(AUDIT_ACTIONS) as AuditAction[]));
const scopeKind = oneOf('main', 'tenant-wide', 'group');

export const readAuditEntry = object({
  id: string,
  time: string,
  user: string,
  connection: string,
  action,
  scope: scopeKind,
  resourceGroup: nullish(string),
  secret: nullish(string),
  keys: arrayOf(string),
  labels: arrayOf(object({ key: string, value: nullish(string) })),
  outcome: oneOf('unknown', 'success', 'failure', 'refused'),
  status: nullish(number),
  requestId: nullish(string),
  consoleRequestId: string,
  finishedAt: nullish(string),
});
export type AuditEntry = ReturnType<typeof readAuditEntry>;

const readPage = object({ entries: arrayOf(readAuditEntry), total: number, offset: number, limit: number });
const readLast = object({ changes: recordOf(object({ user: string, time: string, action })) });
export type LastChange = ReturnType<typeof readLast>['changes'][string];

export type AuditFilters = {
  user?: string;
  secret?: string;
  scope?: ReturnType<typeof scopeKind>;
  resourceGroup?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
};

/** The query string of a filter set, for the API and for the CSV link alike. */
export function auditSearch(filters: AuditFilters, extra: Record<string, string | number> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}

export const auditQueries = {
  all: () => ['audit'] as const,
  lists: () => [...auditQueries.all(), 'list'] as const,
  list: (filters: AuditFilters, page: { offset: number; limit: number }) =>
    queryOptions({
      queryKey: [...auditQueries.lists(), filters, page],
      queryFn: async ({ signal }) =>
        readPage(await apiFetch('/audit', { signal, query: { ...filters, offset: page.offset, limit: page.limit } })),
      placeholderData: (previous) => previous,
    }),
  last: (scope: Scope, names: string[]) =>
    queryOptions({
      queryKey: [...auditQueries.all(), 'last', scope, names],
      queryFn: async ({ signal }) => {
        const q = new URLSearchParams({ scope: scope.kind });
        if (scope.kind === 'group') q.set('resourceGroup', scope.resourceGroup);
        for (const n of names) q.append('name', n);
        return readLast(await apiFetch(`/audit/last?${q.toString()}`, { signal })).changes;
      },
      enabled: names.length > 0,
      staleTime: 10_000,
    }),
};
