// The tenant in one request (GET /api/summary): groups, every scope's secrets, read with the same tolerant
// readers as the single lists. The map, the overview, the palette and the export read it.
import { queryOptions } from '@tanstack/react-query';
import { readQuota, readResourceGroup, readSecretDetails } from '../../contract';
import { arrayOf, nullish, number, object, recordOf, string } from '../../contract/read';
import { apiFetch } from './client';
import { secretQueries } from './secrets';

// generatedAt is left out on purpose: without it an unchanged tenant reads to equal data, which TanStack
// Query's structural sharing turns into the same object, so a refetch that changed nothing redraws nothing.
export const readSummary = object({
  resourceGroups: arrayOf(readResourceGroup),
  main: arrayOf(readSecretDetails),
  tenantWide: arrayOf(readSecretDetails),
  groups: recordOf(arrayOf(readSecretDetails)),
  failures: arrayOf(object({ scope: string, status: number, message: string })),
  // The tenant-wide quota, when AI Core gave it (the quota query is seeded from it, see below).
  quota: nullish(readQuota),
});
export type TenantSummary = ReturnType<typeof readSummary>;

export async function getSummary(signal?: AbortSignal): Promise<TenantSummary> {
  return readSummary(await apiFetch('/summary', { signal }));
}

const pendingReplication = (s: TenantSummary | undefined) =>
  Boolean(s?.tenantWide.some((t) => Object.values(t.syncStatus ?? {}).includes(false)));

export const summaryQueries = {
  // Under the secrets key: every secret or group write already invalidates it.
  all: () => [...secretQueries.all(), 'summary'] as const,
  tenant: () =>
    queryOptions({
      queryKey: [...summaryQueries.all(), 'tenant'],
      queryFn: async ({ signal, client }) => {
        const summary = await getSummary(signal);
        // The overview's quota meter reads the quota query: it is answered with the summary, not asked apart.
        if (summary.quota) client.setQueryData(secretQueries.quota({ kind: 'tenant-wide' }).queryKey, summary.quota);
        return summary;
      },
      // Live while a copy is on its way; otherwise a slow heartbeat catches changes made elsewhere.
      refetchInterval: (q) => (pendingReplication(q.state.data) ? 3000 : 15000),
    }),
};
