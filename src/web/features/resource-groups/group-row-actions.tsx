import { ActionIcon, Group } from '@mantine/core';
import { IconTags, IconTrash } from '@tabler/icons-react';
import type { ResourceGroup } from '../../../contract';
import { isBeingDeleted } from '../../lib/group-deletion';
import { useWriteAccess, writeActionProps } from '../../lib/use-write-access';

/** Edit labels and delete; shown disabled, with the reason, where they do not apply. */
export function GroupRowActions({ group, onEdit, onDelete }: { group: ResourceGroup; onEdit: () => void; onDelete: () => void }) {
  const id = group.resourceGroupId;
  const deleting = isBeingDeleted(group.status);
  const writes = useWriteAccess();
  const editLabel = deleting ? `${id} is being deleted: its labels can no longer change` : `Edit labels of ${id}`;
  const deleteLabel =
    id === 'default' ? 'The default group cannot be deleted' : deleting ? `${id} is already being deleted` : `Delete group ${id}`;
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <ActionIcon
        variant="subtle"
        aria-label={editLabel}
        title={editLabel}
        disabled={deleting}
        onClick={onEdit}
        {...writeActionProps(writes)}
      >
        <IconTags size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={deleteLabel}
        title={deleteLabel}
        disabled={id === 'default' || deleting}
        onClick={onDelete}
        {...writeActionProps(writes)}
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
