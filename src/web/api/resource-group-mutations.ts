import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createResourceGroup, deleteResourceGroup, resourceGroupQueries } from './resource-groups';
import { secretQueries } from './secrets';

/** A group coming or going changes the group list and every tenant-wide secret's status map. */
const invalidateGroupsAndSecrets = (qc: QueryClient) =>
  Promise.all([qc.invalidateQueries({ queryKey: resourceGroupQueries.all() }), qc.invalidateQueries({ queryKey: secretQueries.all() })]);

export function useCreateResourceGroup() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createResourceGroup, onSuccess: () => invalidateGroupsAndSecrets(qc) });
}

export function useDeleteResourceGroup() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deleteResourceGroup, onSuccess: () => invalidateGroupsAndSecrets(qc) });
}
