// The queries a first screen needs, asked as soon as the URL is known (at boot, before the page's code has
// arrived), so that they run alongside the download of that code instead of after it, and side by side.
// The pages ask for the same queries (same factories, same keys) and find them in flight or answered.
import type { QueryClient } from '@tanstack/react-query';
import { consoleQueries, readConsoleStatus } from '../api/console';
import { secretQueries } from '../api/secrets';
import { readSummary, summaryQueries } from '../api/summary';
import { preloadRoute } from './routes';

import type { FirstScreenData } from '../../contract/first-screen';

/**
 * Puts the first screen's answers into the cache, read with the same readers and under the same keys as the
 * queries that would ask for them (and the quota as the summary's query seeds it): the server draws from
 * them, and the page, seeded the same way, hydrates from them without asking again.
 */
export function seedFirstScreen(client: QueryClient, data: FirstScreenData) {
  client.setQueryData(consoleQueries.status().queryKey, readConsoleStatus(data.status));
  const summary = readSummary(data.summary);
  client.setQueryData(summaryQueries.tenant().queryKey, summary);
  if (summary.quota) client.setQueryData(secretQueries.quota({ kind: 'tenant-wide' }).queryKey, summary.quota);
}

/** Starts the first screen's queries and its page's code; resolves when all have arrived (or failed). */
export function prefetchFirstScreen(client: QueryClient, pathname: string): Promise<unknown> {
  // Inside the app: without a connection's prefix (/c/{connection}) when there is one.
  const path = pathname.replace(/^\/c\/[^/]+(?=\/|$)/, '') || '/';
  // The shell: the connection badge, on every page.
  const started: Promise<unknown>[] = [client.prefetchQuery(consoleQueries.status())];
  if (path === '/' || path === '/map') {
    // The overview and the tenant map read the one tenant summary (GET /api/summary, preloaded by the page's
    // HTML; it holds the groups, and the quota too), nothing else: they draw without waiting for any list,
    // and the group picker's list comes after their first screen.
    started.push(client.prefetchQuery(summaryQueries.tenant()));
  } else {
    // The other pages list or pick groups.
    started.push(prefetchGroups(client));
  }
  // The page's own code, right behind its queries: it would otherwise be asked for only once React has
  // drawn the shell.
  started.push(preloadRoute(path));
  return Promise.allSettled(started);
}

/** The resource groups (the navigation's picker and most pages list them); their paging code loads with them. */
export async function prefetchGroups(client: QueryClient) {
  const { resourceGroupQueries } = await import('../api/resource-groups');
  await client.prefetchQuery(resourceGroupQueries.list());
}
