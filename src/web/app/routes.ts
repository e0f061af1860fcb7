// The app's pages, each its own chunk, and the one table that both the router (router.tsx) and the
// preloading (a hovered link, the first screen, the likely next page) read.
import { createElement, lazy, useState, type ComponentType } from 'react';

type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/**
 * A page whose code loads on first use, or earlier by `preload()`. Once loaded it is drawn at once, with no
 * fallback in between: a preloaded page opens without the skeleton flashing.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyPage {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        pending = undefined; // a failed load is tried again on the next visit
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page() {
    // Chosen when the page mounts, and kept: switching from Lazy to the component would remount it.
    const [Component] = useState(() => loaded);
    return createElement(Component ?? Lazy);
  }
  return Object.assign(Page, { preload });
}

const SecretDetailPage = lazyPage(() => import('../features/secret-detail/secret-detail-page'), 'SecretDetailPage');
const SecretsPage = lazyPage(() => import('../features/secrets/secrets-page'), 'SecretsPage');

/** Paths inside the app (under `/c/{connection}`), tried in order: the first that matches is drawn. */
export const routes: [path: string, Page: LazyPage][] = [
  ['/', lazyPage(() => import('../features/overview/overview-page'), 'OverviewPage')],
  ['/secrets/tenant-wide/:name', lazyPage(() => import('./tenant-wide-detail'), 'TenantWideDetail')],
  ['/secrets/fan-out', lazyPage(() => import('../features/fan-out/fan-out-page'), 'FanOutPage')],
  ['/secrets/main/:name', SecretDetailPage],
  ['/secrets/groups/:group/:name', SecretDetailPage],
  ['/secrets/groups/:group', SecretsPage],
  ['/secrets/:kind', SecretsPage],
  ['/map', lazyPage(() => import('../features/replication/tenant-map-page'), 'TenantMapPage')],
  ['/resource-groups', lazyPage(() => import('../features/resource-groups/resource-groups-page'), 'ResourceGroupsPage')],
  ['/activity', lazyPage(() => import('../features/activity/activity-page'), 'ActivityPage')],
  ['/compare', lazyPage(() => import('../features/connections/compare-page'), 'ComparePage')],
];
export const NotFound = lazyPage(() => import('./not-found'), 'NotFound');

// The route patterns as wouter reads them (":name" is one segment, a trailing slash is allowed).
const patterns = routes.map(([path, Page]) => [new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}/?$`, 'i'), Page] as const);

/** Fetches the code of the page at `path` (a path inside the app, as a link's `to`), once. */
export function preloadRoute(path: string): Promise<unknown> {
  const found = patterns.find(([pattern]) => pattern.test(path.split(/[?#]/)[0]!));
  // A failed preload is tried again when the user actually opens the page.
  return found ? found[1].preload().catch(() => {}) : Promise.resolve();
}
