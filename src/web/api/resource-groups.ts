// Resource groups: requests and the query factory that owns every resource-group key.
import { queryOptions } from '@tanstack/react-query';
import { readQuota, readResourceGroup, readResourceGroupList, type Label, type ResourceGroup } from '../../contract';
import { ApiError, apiFetch } from './client';

/** What the console asks for per page (`Prefer: maxpagesize`); the service may send fewer and a `Link` to the rest. */
export const GROUP_PAGE_SIZE = 100;
/** Bounds, so that a service that keeps linking on can never make the console loop. */
const MAX_PAGES = 200;
const MAX_RESTARTS = 2;

const enc = encodeURIComponent;

/** The `continueToken` of the `rel="next"` link of a `Link` header, whatever URL the service put around it. */
export function nextContinueToken(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    const rel = m && /;\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(m[2]!);
    if (!m || !rel || !(rel[1] ?? rel[2] ?? '').toLowerCase().split(/\s+/).includes('next')) continue;
    try {
      return new URL(m[1]!, 'http://link.invalid').searchParams.get('continueToken');
    } catch {
      return null;
    }
  }
  return null;
}

async function walkGroupPages(signal?: AbortSignal) {
  const resources: ResourceGroup[] = [];
  let token: string | null = null;
  let count = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    let link: string | null = null;
    const body = readResourceGroupList(
      await apiFetch('/v2/admin/resourceGroups', {
        query: token ? { continueToken: token } : { $count: true },
        headers: { prefer: `maxpagesize=${GROUP_PAGE_SIZE}` },
        onHeaders: (h) => (link = h.get('link')),
        signal,
      }),
    );
    resources.push(...body.resources);
    if (page === 1) count = body.count;
    token = nextContinueToken(link);
    if (!token) return { count: Math.max(count, resources.length), resources, pages: page };
  }
  throw new ApiError(
    0,
    'TooManyPages',
    `The resource-group list did not end after ${MAX_PAGES} pages; the console stopped following it.`,
    null,
  );
}

/**
 * Every resource group: follows the service's `Link` from page to page. A 410 means the list changed while
 * being read (a token went stale): start again from the first page, a bounded number of times.
 */
export async function listResourceGroups(signal?: AbortSignal) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await walkGroupPages(signal);
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 410) || attempt >= MAX_RESTARTS) throw err;
    }
  }
}

export async function getResourceGroup(id: string, signal?: AbortSignal) {
  return readResourceGroup(await apiFetch(`/v2/admin/resourceGroups/${enc(id)}`, { signal }));
}

export function createResourceGroup(body: { resourceGroupId: string; labels: Label[] }) {
  return apiFetch('/v2/admin/resourceGroups', { method: 'POST', body });
}

/** PATCH replaces the whole label set: send every label the group should keep. */
export function replaceResourceGroupLabels({ id, labels }: { id: string; labels: Label[] }) {
  return apiFetch(`/v2/admin/resourceGroups/${enc(id)}`, { method: 'PATCH', body: { labels } });
}

export function deleteResourceGroup(id: string) {
  return apiFetch(`/v2/admin/resourceGroups/${enc(id)}`, { method: 'DELETE' });
}

export async function getResourceGroupQuota(signal?: AbortSignal) {
  return readQuota(await apiFetch('/v2/admin/resourceQuota/resourceGroups', { signal }));
}

export const resourceGroupQueries = {
  all: () => ['resourceGroups'] as const,
  list: () =>
    queryOptions({
      queryKey: [...resourceGroupQueries.all(), 'list'],
      queryFn: ({ signal }) => listResourceGroups(signal),
      select: (data) => data.resources,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...resourceGroupQueries.all(), 'detail', id],
      queryFn: ({ signal }) => getResourceGroup(id, signal),
    }),
  quota: () =>
    queryOptions({
      queryKey: [...resourceGroupQueries.all(), 'quota'],
      queryFn: ({ signal }) => getResourceGroupQuota(signal),
    }),
};
