import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createResourceGroup, deleteResourceGroup, replaceResourceGroupLabels, resourceGroupQueries } from './resource-groups';
import { secretQueries } from './secrets';
import { useProtectedMutation } from '../lib/protected-write';

/** A group coming or going changes the group list and every tenant-wide secret's status map. */
const invalidateGroupsAndSecrets = (qc: QueryClient) =>
  Promise.all([qc.invalidateQueries({ queryKey: resourceGroupQueries.all() }), qc.invalidateQueries({ queryKey: secretQueries.all() })]);

export function useCreateResourceGroup() {
  const qc = useQueryClient();
  const mutation = useMutation({ mutationFn: createResourceGroup, onSuccess: () => invalidateGroupsAndSecrets(qc) });
  return useProtectedMutation(mutation, (v) => `create the resource group ${v.resourceGroupId}`);
}

/** Labels change only the group list (and what a label selector finds). */
export function useReplaceResourceGroupLabels() {
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationFn: replaceResourceGroupLabels,
    onSuccess: () => qc.invalidateQueries({ queryKey: resourceGroupQueries.all() }),
  });
  return useProtectedMutation(mutation, (v) => `change the labels of the resource group ${v.id}`);
}

export function useDeleteResourceGroup() {
  const qc = useQueryClient();
  const mutation = useMutation({ mutationFn: deleteResourceGroup, onSuccess: () => invalidateGroupsAndSecrets(qc) });
  return useProtectedMutation(mutation, (id) => `delete the resource group ${id}`);
}
