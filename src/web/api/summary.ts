// The tenant in one request (GET /api/summary): groups, every scope's secrets, read with the same tolerant
// schemas as the single lists. The map, the overview, the palette and the export read it.
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { resourceGroupSchema, secretDetailsSchema } from '../../contract';
import { apiFetch } from './client';
import { secretQueries } from './secrets';

// generatedAt is left out on purpose: without it an unchanged tenant parses to equal data, which TanStack
// Query's structural sharing turns into the same object, so a refetch that changed nothing redraws nothing.
const summarySchema = z.object({
  resourceGroups: z.array(resourceGroupSchema),
  main: z.array(secretDetailsSchema),
  tenantWide: z.array(secretDetailsSchema),
  groups: z.record(z.string(), z.array(secretDetailsSchema)),
  failures: z.array(z.object({ scope: z.string(), status: z.number(), message: z.string() })),
});
export type TenantSummary = z.output<typeof summarySchema>;

export async function getSummary(signal?: AbortSignal): Promise<TenantSummary> {
  return summarySchema.parse(await apiFetch('/summary', { signal }));
}

const pendingReplication = (s: TenantSummary | undefined) =>
  Boolean(s?.tenantWide.some((t) => Object.values(t.syncStatus ?? {}).includes(false)));

export const summaryQueries = {
  // Under the secrets key: every secret or group write already invalidates it.
  all: () => [...secretQueries.all(), 'summary'] as const,
  tenant: () =>
    queryOptions({
      queryKey: [...summaryQueries.all(), 'tenant'],
      queryFn: ({ signal }) => getSummary(signal),
      // Live while a copy is on its way; otherwise a slow heartbeat catches changes made elsewhere.
      refetchInterval: (q) => (pendingReplication(q.state.data) ? 3000 : 15000),
    }),
};
