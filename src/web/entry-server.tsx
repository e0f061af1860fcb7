// The first screen drawn on the console server: the page arrives with its content, painted as soon as the
// HTML and the stylesheet are in, and the app's script then hydrates it (src/web/main.tsx) instead of
// drawing it again (decision 0076). Built by vite.config.ts into dist/.ssr/ and read by
// src/server/console/http/first-screen.ts; only the overview is drawn here, from the answers the server
// read for it (the same answers the page then takes from the HTML, so both draw the same).
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { Providers } from './app/providers';
import { App } from './app/router';
import { RouteErrorBoundary } from './app/route-error';
import { seedFirstScreen } from './app/first-screen';
import type { FirstScreenData } from '../contract/first-screen';
import { createQueryClient } from './app/query-client';
import { preloadRoute } from './app/routes';

/**
 * The markup of `#root` for the page at `address` (its path with the connection's prefix, and its query),
 * drawn from `data`. Throws when the answers do not read (the server then sends the page undrawn).
 */
export async function renderFirstScreen(address: string, data: FirstScreenData): Promise<string> {
  const client = createQueryClient();
  try {
    seedFirstScreen(client, data);
    // The page's code is there before the page is drawn, as it is in the browser before it hydrates.
    await preloadRoute(address.replace(/^\/c\/[^/]+(?=\/|$)/, '').split('?')[0] || '/');
    const { prelude } = await prerender(
      <StrictMode>
        <Providers client={client}>
          <RouteErrorBoundary>
            <App ssrPath={address} />
          </RouteErrorBoundary>
        </Providers>
      </StrictMode>,
      // Every boundary in place: React would otherwise move a large one to the end of the page, to be put
      // back by an inline script, which the Content-Security-Policy does not allow (nor is there a stream
      // here to paint early from: the page goes whole).
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    );
    return await new Response(prelude).text();
  } finally {
    client.clear();
  }
}
