import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createResourceGroup, deleteResourceGroup, resourceGroupQueries } from './resource-groups';
import { secretQueries } from './secrets';

export function useCreateResourceGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createResourceGroup,
    // A new group changes every tenant-wide secret's status map too.
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: resourceGroupQueries.all() }),
        qc.invalidateQueries({ queryKey: secretQueries.all() }),
      ]),
  });
}

export function useDeleteResourceGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteResourceGroup,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: resourceGroupQueries.all() }),
        qc.invalidateQueries({ queryKey: secretQueries.all() }),
      ]),
  });
}
