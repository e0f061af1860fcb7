// Shown while secrets are selected: how many, and what can be done with them together.
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { plural } from '../../lib/format';

export function SelectionBar({ count, onDelete, onClear }: { count: number; onDelete: () => void; onClear: () => void }) {
  if (count === 0) return null;
  return (
    <Paper withBorder p="xs" bg="var(--mantine-color-default-hover)" role="region" aria-label="Selection">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {plural(count, 'secret')} selected
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onClear}>
            Clear the selection
          </Button>
          <Button size="xs" color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onDelete}>
            Delete {plural(count, 'selected secret')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
