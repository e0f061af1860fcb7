import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconTrashX } from '@tabler/icons-react';
import type { Scope } from '../../contract';
import { resourceGroupQueries } from '../api/resource-groups';
import { deletionBlockReason, isBeingDeleted } from '../lib/group-deletion';

/** Whether new secrets are blocked in this scope because its group is being deleted, and why. */
export function useGroupDeletion(scope: Scope): { deleting: boolean; reason: string | null } {
  const groups = useQuery({
    ...resourceGroupQueries.list(),
    // While the group goes, keep looking: the page should notice when it is gone.
    refetchInterval: (q) => (q.state.data?.resources.some((g) => isBeingDeleted(g.status)) ? 3000 : false),
  });
  if (scope.kind !== 'group') return { deleting: false, reason: null };
  const group = groups.data?.find((g) => g.resourceGroupId === scope.resourceGroup);
  return isBeingDeleted(group?.status)
    ? { deleting: true, reason: deletionBlockReason(scope.resourceGroup) }
    : { deleting: false, reason: null };
}

export function GroupDeletionNotice({ scope }: { scope: Scope }) {
  const { deleting, reason } = useGroupDeletion(scope);
  if (!deleting) return null;
  return (
    <Alert color="orange" icon={<IconTrashX size={18} aria-hidden />} title="This resource group is being deleted">
      {reason}
    </Alert>
  );
}
