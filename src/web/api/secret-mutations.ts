// One hook per write; each owns its cache invalidation. Toasts, redirects and closing dialogs happen at the
// call site.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createSecret, deleteSecret, patchSecret, secretQueries } from './secrets';
import { noteDataChange } from '../lib/change-log';

export function useCreateSecret() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createSecret,
    onSuccess: (_r, input) => {
      if (input.scope.kind === 'tenant-wide') noteDataChange(input.name);
      return qc.invalidateQueries({ queryKey: secretQueries.all() });
    },
  });
}

export function usePatchSecret() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: patchSecret,
    onSuccess: (_r, input) => {
      if (input.scope.kind === 'tenant-wide' && input.data) noteDataChange(input.name);
      return qc.invalidateQueries({ queryKey: secretQueries.all() });
    },
  });
}

export function useDeleteSecret() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteSecret,
    onSuccess: () => qc.invalidateQueries({ queryKey: secretQueries.all() }),
  });
}
