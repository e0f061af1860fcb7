import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { consoleQueries } from '../api/console';

const unreachable = (error: unknown) => error instanceof ApiError && (error.status === 0 || error.status === 502 || error.status === 504);

export function createQueryClient() {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A call that could not reach AI Core: re-check the connection now, so the banner shows at once.
      onError: (error, query) => {
        if (unreachable(error) && query.queryKey[0] !== 'console')
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
  return client;
}
