import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { consoleQueries } from '../api/console';

const unreachable = (error: unknown) => error instanceof ApiError && (error.status === 0 || error.status === 502 || error.status === 504);

/**
 * One source of truth for "AI Core reachable": the console status query, which the header badge and the
 * banner both read. Its poll is slow when all is well, so the first failed attempt of any other call
 * (not the last of its retries, seconds later) asks it to check again now.
 */
function recheckOnFirstFailure(client: QueryClient) {
  const statusKey = consoleQueries.status().queryKey;
  const recheck = (error: unknown) => {
    if (!unreachable(error) || client.isFetching({ queryKey: statusKey }) > 0) return;
    void client.invalidateQueries({ queryKey: statusKey });
  };
  client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'failed' && event.query.queryKey[0] !== statusKey[0]) recheck(event.action.error);
  });
  client.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') recheck(event.action.error);
  });
}

export function createQueryClient() {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      // Every write, done or refused, is a new activity-log entry and may change "last changed by". The
      // activity log's code is not on the first page: whatever shows it has loaded it, and without it there
      // is nothing cached to refresh.
      onSettled: () => void import('../api/audit').then(({ auditQueries }) => client.invalidateQueries({ queryKey: auditQueries.all() })),
      // AI Core refused a write (403): the console now reports the connection read-only; disable writes at once.
      onError: (error) => {
        if (error instanceof ApiError && error.status === 403)
          void client.invalidateQueries({ queryKey: consoleQueries.status().queryKey });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        // A 4xx will not get better by asking again; a 502/504 or a dropped connection might.
        retry: (count, error) => count < 2 && (!(error instanceof ApiError) || unreachable(error) || error.status >= 500),
        retryDelay: (n) => Math.min(1000 * 2 ** n, 5000),
      },
      mutations: { retry: false },
    },
  });
  recheckOnFirstFailure(client);
  return client;
}
