// Routes are split: each page loads its code when first visited.
import { createBrowserRouter } from 'react-router';
import { Shell } from './shell';
import { RouteError } from './route-error';
import { PageSkeleton } from '../components/page-skeleton';

const detail = async () => ({ Component: (await import('../features/secret-detail/secret-detail-page')).SecretDetailPage });
const secretsPage = async () => ({ Component: (await import('../features/secrets/secrets-page')).SecretsPage });

/** The app of one connection: every page lives under `/c/{connection}` (the basename). */
export const createRouter = (basename: string) =>
  createBrowserRouter(
    [
      {
        path: '/',
        Component: Shell,
        ErrorBoundary: RouteError,
        HydrateFallback: PageSkeleton,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/overview/overview-page')).OverviewPage }) },
          {
            path: 'secrets/tenant-wide/:name',
            lazy: async () => ({ Component: (await import('./tenant-wide-detail')).TenantWideDetail }),
          },
          { path: 'secrets/fan-out', lazy: async () => ({ Component: (await import('../features/fan-out/fan-out-page')).FanOutPage }) },
          { path: 'secrets/main/:name', lazy: detail },
          { path: 'secrets/groups/:group/:name', lazy: detail },
          { path: 'secrets/:kind', lazy: secretsPage },
          { path: 'secrets/groups/:group', lazy: secretsPage },
          { path: 'map', lazy: async () => ({ Component: (await import('../features/replication/tenant-map-page')).TenantMapPage }) },
          {
            path: 'resource-groups',
            lazy: async () => ({ Component: (await import('../features/resource-groups/resource-groups-page')).ResourceGroupsPage }),
          },
          { path: 'activity', lazy: async () => ({ Component: (await import('../features/activity/activity-page')).ActivityPage }) },
          { path: 'compare', lazy: async () => ({ Component: (await import('../features/connections/compare-page')).ComparePage }) },
          { path: '*', lazy: async () => ({ Component: (await import('./not-found')).NotFound }) },
        ],
      },
    ],
    { basename },
  );
