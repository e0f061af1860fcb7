// Routes are split: each page loads its code when first visited.
import { createBrowserRouter } from 'react-router';
import { Shell } from './shell';
import { RouteError } from './route-error';
import { PageSkeleton } from '../components/page-skeleton';

export const router = createBrowserRouter([
  {
    path: '/',
    Component: Shell,
    ErrorBoundary: RouteError,
    HydrateFallback: PageSkeleton,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/overview/overview-page')).OverviewPage }) },
      {
        path: 'secrets/tenant-wide/:name',
        lazy: async () => ({ Component: (await import('../features/replication/tenant-wide-secret-page')).TenantWideSecretPage }),
      },
      { path: 'secrets/:kind', lazy: async () => ({ Component: (await import('../features/secrets/secrets-page')).SecretsPage }) },
      { path: 'secrets/groups/:group', lazy: async () => ({ Component: (await import('../features/secrets/secrets-page')).SecretsPage }) },
      { path: 'map', lazy: async () => ({ Component: (await import('../features/replication/tenant-map-page')).TenantMapPage }) },
      {
        path: 'resource-groups',
        lazy: async () => ({ Component: (await import('../features/resource-groups/resource-groups-page')).ResourceGroupsPage }),
      },
      { path: '*', lazy: async () => ({ Component: (await import('./not-found')).NotFound }) },
    ],
  },
]);
