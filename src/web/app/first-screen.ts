// The queries a first screen needs, asked as soon as the URL is known (at boot, before the page's code has
// arrived), so that they run alongside the download of that code instead of after it, and side by side.
// The pages ask for the same queries (same factories, same keys) and find them in flight or answered.
import type { QueryClient } from '@tanstack/react-query';
import { consoleQueries } from '../api/console';
import { resourceGroupQueries } from '../api/resource-groups';
import { secretQueries } from '../api/secrets';
import { summaryQueries } from '../api/summary';

export function prefetchFirstScreen(client: QueryClient, pathname: string) {
  // Inside the app: without a connection's prefix (/c/{connection}) when there is one.
  const path = pathname.replace(/^\/c\/[^/]+(?=\/|$)/, '') || '/';
  // The shell: the connection badge and the group picker, on every page.
  void client.prefetchQuery(consoleQueries.status());
  void client.prefetchQuery(resourceGroupQueries.list());
  // The overview and the map read the one tenant summary (GET /api/summary).
  if (path === '/' || path === '/map') void client.prefetchQuery(summaryQueries.tenant());
  if (path === '/') void client.prefetchQuery(secretQueries.quota({ kind: 'tenant-wide' }));
}
