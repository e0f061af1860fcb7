// One hook per write; each owns its cache invalidation. Toasts, redirects and closing dialogs happen at the
// call site. A refused write invalidates too: the refusal (quota reached, name taken, secret gone) often
// means someone else changed the scope, and the list must show that without a reload.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Scope } from '../../contract';
import { createSecret, deleteSecret, patchSecret, secretQueries } from './secrets';
import { noteDataChange } from '../lib/change-log';
import { forgetKeyNames, keepKeyNamesForCompare, noteWrittenKeys, type SecretAt } from '../lib/key-names';
import { useProtectedMutation } from '../lib/protected-write';
import { apiConnection } from './client';

/** A secret of the page's connection (`''` when the console has only one), as the key-name store files it. */
export const onThisConnection = ({ scope, name }: { scope: Scope; name: string }): SecretAt => ({
  connection: apiConnection() ?? '',
  scope,
  name,
});

const where = (scope: Scope) =>
  scope.kind === 'group' ? `in resource group ${scope.resourceGroup}` : scope.kind === 'main' ? 'in the main tenant' : 'tenant-wide';

export function useCreateSecret() {
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationFn: createSecret,
    onSuccess: (_r, input) => {
      keepKeyNamesForCompare(onThisConnection(input), Object.keys(input.data));
      if (input.scope.kind === 'tenant-wide') noteDataChange(input.name);
      noteWrittenKeys(onThisConnection(input), Object.keys(input.data), 'created');
    },
    onSettled: () => qc.invalidateQueries({ queryKey: secretQueries.all() }),
  });
  return useProtectedMutation(mutation, (v) => `create the secret ${v.name} ${where(v.scope)}`);
}

export function usePatchSecret() {
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationFn: patchSecret,
    onSuccess: (_r, input) => {
      if (input.data) keepKeyNamesForCompare(onThisConnection(input), Object.keys(input.data));
      if (input.scope.kind === 'tenant-wide' && input.data) noteDataChange(input.name);
      if (input.data) noteWrittenKeys(onThisConnection(input), Object.keys(input.data), 'rotated');
    },
    onSettled: () => qc.invalidateQueries({ queryKey: secretQueries.all() }),
  });
  return useProtectedMutation(mutation, (v) => `${v.data ? 'rotate' : 'change the labels of'} the secret ${v.name} ${where(v.scope)}`);
}

export function useDeleteSecret() {
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationFn: deleteSecret,
    onSuccess: (_r, input) => forgetKeyNames(onThisConnection(input)),
    onSettled: () => qc.invalidateQueries({ queryKey: secretQueries.all() }),
  });
  return useProtectedMutation(mutation, (v) => `delete the secret ${v.name} ${where(v.scope)}`);
}
