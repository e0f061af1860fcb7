import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import type { SecretDetails } from '../../../contract';
import { useWriteAccess, writeActionProps } from '../../lib/use-write-access';

export function RowActions({
  secret: s,
  onEdit,
  onDelete,
}: {
  secret: SecretDetails;
  onEdit: (s: SecretDetails) => void;
  onDelete: (s: SecretDetails) => void;
}) {
  const writes = useWriteAccess();
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Tooltip label={`Rotate or edit ${s.name}`}>
        <ActionIcon variant="subtle" aria-label={`Edit ${s.name}`} onClick={() => onEdit(s)} {...writeActionProps(writes)}>
          <IconEdit size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={`Delete ${s.name}`}>
        <ActionIcon variant="subtle" color="red" aria-label={`Delete ${s.name}`} onClick={() => onDelete(s)} {...writeActionProps(writes)}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
