// Reads and the one write of Compare: any connection, any scope (`apiFetch`'s `connection`), keyed by both.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { readResourceGroupList, readSecretList, type Label, type SecretDetails } from '../../../contract';
import { boolean, nullish, object, string } from '../../../contract/read';
import { apiFetch } from '../../api/client';
import { consoleQueries } from '../../api/console';
import { secretQueries } from '../../api/secrets';
import { confirmProtectedWrite, WriteCancelled } from '../../lib/protected-write';
import { keepKeyNamesForCompare } from '../../lib/key-names';
import { scopeParam, type Side } from './compare-model';

const PAGE = 1000;

async function listAll(side: Side, signal?: AbortSignal): Promise<SecretDetails[]> {
  const all: SecretDetails[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = readSecretList(
      await apiFetch('/v2/admin/secrets', {
        connection: side.connection,
        scope: side.scope,
        query: { $top: PAGE, $skip: skip, $count: true },
        signal,
      }),
    );
    all.push(...page.resources);
    if (page.resources.length < PAGE || all.length >= page.count) return all;
  }
}

const readStatus = object({
  connection: object({ name: string, protected: boolean }),
  writes: object({ allowed: boolean, reason: nullish(string) }),
});

export const compareQueries = {
  all: () => ['compare'] as const,
  secrets: (side: Side) =>
    queryOptions({
      queryKey: [...compareQueries.all(), side.connection, 'secrets', scopeParam(side.scope)],
      queryFn: ({ signal }) => listAll(side, signal),
    }),
  groups: (connection: string) =>
    queryOptions({
      queryKey: [...compareQueries.all(), connection, 'groups'],
      queryFn: async ({ signal }) =>
        readResourceGroupList(await apiFetch('/v2/admin/resourceGroups', { connection, query: { $count: true }, signal })).resources,
    }),
  /** Whether a connection is protected and may be written: the target of a copy may not be the page's. */
  status: (connection: string) =>
    queryOptions({
      queryKey: [...compareQueries.all(), connection, 'status'],
      queryFn: async ({ signal }) => readStatus(await apiFetch('/console', { connection, signal })),
    }),
};

export type CopyInput = { target: Side; name: string; data: Record<string, string>; labels: Label[] };

/** Re-creates a secret on the other side; a protected target asks for its typed name first. */
export function useCopySecret() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ target, name, data, labels }: CopyInput) => {
      const status = await qc.fetchQuery(compareQueries.status(target.connection));
      if (status.connection.protected && !(await confirmProtectedWrite(target.connection, `create the secret ${name}`)))
        throw new WriteCancelled();
      return apiFetch('/v2/admin/secrets', {
        connection: target.connection,
        method: 'POST',
        scope: target.scope,
        body: { name, data, labels },
      });
    },
    onSuccess: (_r, input) => keepKeyNamesForCompare({ ...input.target, name: input.name }, Object.keys(input.data)),
    // A 403 teaches the console that the target's key may not write: re-read every connection's status.
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: compareQueries.all() }),
        qc.invalidateQueries({ queryKey: secretQueries.all() }),
        qc.invalidateQueries({ queryKey: consoleQueries.status().queryKey }),
      ]),
  });
}
