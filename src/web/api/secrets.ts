// Secrets: requests and the query factory that owns every secrets key.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { readQuota, readSecretDetails, readSecretList, type Label, type Scope, type SecretDetails } from '../../contract';
import { apiFetch } from './client';

export type SecretPage = { top: number; skip: number };

const enc = encodeURIComponent;

export async function listSecrets(scope: Scope, page: SecretPage | null, signal?: AbortSignal) {
  const query = page ? { $top: page.top, $skip: page.skip, $count: true } : { $count: true };
  return readSecretList(await apiFetch('/v2/admin/secrets', { scope, query, signal }));
}

/** Every secret of a scope, fetched a page of 1000 at a time (for filtering, sorting and the map). */
export async function listAllSecrets(scope: Scope, signal?: AbortSignal): Promise<SecretDetails[]> {
  const all: SecretDetails[] = [];
  for (let skip = 0; ; skip += 1000) {
    const page = await listSecrets(scope, { top: 1000, skip }, signal);
    all.push(...page.resources);
    if (page.resources.length < 1000 || all.length >= page.count) return all;
  }
}

export async function getSecret(scope: Scope, name: string, signal?: AbortSignal) {
  return readSecretDetails(await apiFetch(`/v2/admin/secrets/${enc(name)}`, { scope, signal }));
}

export type CreateSecretInput = { scope: Scope; name: string; data: Record<string, string>; labels: Label[] };
export function createSecret({ scope, ...body }: CreateSecretInput) {
  return apiFetch('/v2/admin/secrets', { method: 'POST', scope, body });
}

export type PatchSecretInput = { scope: Scope; name: string; data?: Record<string, string>; labels?: Label[] };
export function patchSecret({ scope, name, ...body }: PatchSecretInput) {
  return apiFetch(`/v2/admin/secrets/${enc(name)}`, { method: 'PATCH', scope, body });
}

export function deleteSecret({ scope, name }: { scope: Scope; name: string }) {
  return apiFetch(`/v2/admin/secrets/${enc(name)}`, { method: 'DELETE', scope });
}

export async function getQuota(scope: Scope, signal?: AbortSignal) {
  return readQuota(await apiFetch('/v2/admin/resourceQuota/secrets', { scope, signal }));
}

const scopeKey = (scope: Scope) => (scope.kind === 'group' ? `group:${scope.resourceGroup}` : scope.kind);

export const secretQueries = {
  all: () => ['secrets'] as const,
  lists: () => [...secretQueries.all(), 'list'] as const,
  scopeLists: (scope: Scope) => [...secretQueries.lists(), scopeKey(scope)] as const,
  page: (scope: Scope, page: SecretPage) =>
    queryOptions({
      queryKey: [...secretQueries.scopeLists(scope), 'page', page.top, page.skip],
      queryFn: ({ signal }) => listSecrets(scope, page, signal),
      placeholderData: keepPreviousData,
    }),
  everything: (scope: Scope) =>
    queryOptions({
      queryKey: [...secretQueries.scopeLists(scope), 'all'],
      queryFn: ({ signal }) => listAllSecrets(scope, signal),
    }),
  detail: (scope: Scope, name: string) =>
    queryOptions({
      queryKey: [...secretQueries.all(), 'detail', scopeKey(scope), name],
      queryFn: ({ signal }) => getSecret(scope, name, signal),
    }),
  quota: (scope: Scope) =>
    queryOptions({
      queryKey: [...secretQueries.all(), 'quota', scopeKey(scope)],
      queryFn: ({ signal }) => getQuota(scope, signal),
    }),
};
