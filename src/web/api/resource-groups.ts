import { queryOptions } from '@tanstack/react-query';
import { resourceGroupListSchema, type Label } from '../../contract';
import { apiFetch } from './client';

export async function listResourceGroups(signal?: AbortSignal) {
  return resourceGroupListSchema.parse(await apiFetch('/v2/admin/resourceGroups', { query: { $count: true }, signal }));
}

export function createResourceGroup(body: { resourceGroupId: string; labels: Label[] }) {
  return apiFetch('/v2/admin/resourceGroups', { method: 'POST', body });
}

export function deleteResourceGroup(id: string) {
  return apiFetch(`/v2/admin/resourceGroups/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export const resourceGroupQueries = {
  all: () => ['resourceGroups'] as const,
  list: () =>
    queryOptions({
      queryKey: [...resourceGroupQueries.all(), 'list'],
      queryFn: ({ signal }) => listResourceGroups(signal),
      select: (data) => data.resources,
    }),
};
