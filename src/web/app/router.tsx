// Routes are split: each page loads its code when first visited (or earlier, see preload.ts), while the
// shell around it is drawn at once.
import { lazy, type ComponentType } from 'react';
import { Route, Router, Switch } from '../lib/router';
import { Shell } from './shell';

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const SecretDetailPage = page(() => import('../features/secret-detail/secret-detail-page'), 'SecretDetailPage');
const SecretsPage = page(() => import('../features/secrets/secrets-page'), 'SecretsPage');

/** Paths inside the app (under `/c/{connection}`), tried in order: the first that matches is drawn. */
const routes: [string, ComponentType][] = [
  ['/', page(() => import('../features/overview/overview-page'), 'OverviewPage')],
  ['/secrets/tenant-wide/:name', page(() => import('./tenant-wide-detail'), 'TenantWideDetail')],
  ['/secrets/fan-out', page(() => import('../features/fan-out/fan-out-page'), 'FanOutPage')],
  ['/secrets/main/:name', SecretDetailPage],
  ['/secrets/groups/:group/:name', SecretDetailPage],
  ['/secrets/groups/:group', SecretsPage],
  ['/secrets/:kind', SecretsPage],
  ['/map', page(() => import('../features/replication/tenant-map-page'), 'TenantMapPage')],
  ['/resource-groups', page(() => import('../features/resource-groups/resource-groups-page'), 'ResourceGroupsPage')],
  ['/activity', page(() => import('../features/activity/activity-page'), 'ActivityPage')],
  ['/compare', page(() => import('../features/connections/compare-page'), 'ComparePage')],
];
const NotFound = page(() => import('./not-found'), 'NotFound');

/** The app of one connection: every page lives under `/c/{connection}` (the basename). */
export function App({ basename }: { basename: string }) {
  return (
    <Router basename={basename}>
      <Shell>
        <Switch>
          {routes.map(([path, Page]) => (
            <Route key={path} path={path}>
              <Page />
            </Route>
          ))}
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Shell>
    </Router>
  );
}
