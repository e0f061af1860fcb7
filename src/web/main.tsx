// `./app/boot` comes first: module scripts run in import order, and it starts the first screen's queries.
import { connectionSegment, firstScreenReady, queryClient, serverDrawn } from './app/boot';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { setApiConnection } from './api/client';
import { consoleQueries } from './api/console';
import { Providers } from './app/providers';
import { App } from './app/router';
import { RouteErrorBoundary } from './app/route-error';

/**
 * How long the first paint may wait for the first screen's code and data, so that the page appears whole,
 * drawn once, rather than as a shell, then a skeleton, then the page (each a render, a layout and a paint
 * on the way to the largest element). Data that is slower than this arrives into the drawn shell.
 */
const FIRST_PAINT_WAITS_MS = 250;

const app = (
  <StrictMode>
    <Providers client={queryClient}>
      <RouteErrorBoundary>
        <App />
      </RouteErrorBoundary>
    </Providers>
  </StrictMode>
);
const root = document.getElementById('root')!;
// A page the server drew (decision 0076) is on screen already: the app takes it over once the page's code is
// here (its data came with it), drawing the same, so nothing is drawn anew.
if (serverDrawn) void firstScreenReady.then(() => hydrateRoot(root, app));
else
  void Promise.race([firstScreenReady, new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAITS_MS))]).then(() =>
    createRoot(root).render(app),
  );

// `/` and links from before there were connections open the default connection. The page is drawn at once;
// the connection's name comes with its status (`/api/console` is its alias, already asked at boot, and the
// answer stays in the cache as that connection's status), and then the address names it (the router reads
// the prefix from the address: nothing is drawn anew but what shows the address).
if (!connectionSegment)
  queryClient.fetchQuery(consoleQueries.status()).then(
    (status) => {
      setApiConnection(status.connection.name);
      const { pathname, search, hash } = window.location;
      window.history.replaceState(window.history.state, '', `/c/${encodeURIComponent(status.connection.name)}${pathname}${search}${hash}`);
    },
    // The console server does not answer: the app shows the outage and talks to the default connection.
    () => {},
  );
