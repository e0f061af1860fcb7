// `./app/boot` comes first: module scripts run in import order, and it starts the first screen's queries.
import { connectionSegment, queryClient } from './app/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiConnection } from './api/client';
import { consoleQueries } from './api/console';
import { Providers } from './app/providers';
import { App } from './app/router';
import { RouteErrorBoundary } from './app/route-error';

async function start() {
  let basename = connectionSegment ? `/c/${connectionSegment}` : '';
  if (!connectionSegment) {
    // `/` and links from before there were connections open the default connection (`/api/console` is its
    // alias, already asked at boot); the answer stays in the cache as that connection's status.
    try {
      const status = await queryClient.fetchQuery(consoleQueries.status());
      basename = `/c/${encodeURIComponent(status.connection.name)}`;
      setApiConnection(status.connection.name);
      const { pathname, search, hash } = window.location;
      window.history.replaceState(null, '', `${basename}${pathname}${search}${hash}`);
    } catch {
      // The console server does not answer: the app shows the outage and talks to the default connection.
    }
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers client={queryClient}>
        <RouteErrorBoundary>
          <App basename={basename} />
        </RouteErrorBoundary>
      </Providers>
    </StrictMode>,
  );
}

void start();
