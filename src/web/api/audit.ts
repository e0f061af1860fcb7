// The console's activity log API: its shapes, and the query factory every feature uses for it.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { Scope } from '../../contract';
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

const actionSchema = z.enum(Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]]);
const scopeKind = z.enum(['main', 'tenant-wide', 'group']);

export const auditEntrySchema = z.object({
  id: z.string(),
  time: z.string(),
  user: z.string(),
  connection: z.string(),
  action: actionSchema,
  scope: scopeKind,
  resourceGroup: z.string().nullable(),
  secret: z.string().nullable(),
  keys: z.array(z.string()),
  labels: z.array(z.object({ key: z.string(), value: z.string().nullable() })),
  outcome: z.enum(['unknown', 'success', 'failure', 'refused']),
  status: z.number().nullable(),
  requestId: z.string().nullable(),
  consoleRequestId: z.string(),
  finishedAt: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const pageSchema = z.object({ entries: z.array(auditEntrySchema), total: z.number(), offset: z.number(), limit: z.number() });
const lastSchema = z.object({
  changes: z.record(z.string(), z.object({ user: z.string(), time: z.string(), action: actionSchema })),
});
export type LastChange = z.infer<typeof lastSchema>['changes'][string];

export type AuditFilters = {
  user?: string;
  secret?: string;
  scope?: z.infer<typeof scopeKind>;
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
        pageSchema.parse(await apiFetch('/audit', { signal, query: { ...filters, offset: page.offset, limit: page.limit } })),
      placeholderData: (previous) => previous,
    }),
  last: (scope: Scope, names: string[]) =>
    queryOptions({
      queryKey: [...auditQueries.all(), 'last', scope, names],
      queryFn: async ({ signal }) => {
        const q = new URLSearchParams({ scope: scope.kind });
        if (scope.kind === 'group') q.set('resourceGroup', scope.resourceGroup);
        for (const n of names) q.append('name', n);
        return lastSchema.parse(await apiFetch(`/audit/last?${q.toString()}`, { signal })).changes;
      },
      enabled: names.length > 0,
      staleTime: 10_000,
    }),
};
