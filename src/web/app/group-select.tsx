import { Group, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '../lib/router';
import { resourceGroupQueries } from '../api/resource-groups';
import { GroupStatusBadge } from '../components/group-status-badge';
import { isBeingDeleted } from '../lib/group-deletion';
import { secretsPath } from '../lib/paths';

export type GroupSelectProps = { value: string | null; onPicked?: () => void; takeFocus: boolean };

export default function GroupSelect({ value, onPicked, takeFocus }: GroupSelectProps) {
  const { data, isLoading } = useQuery(resourceGroupQueries.list());
  const navigate = useNavigate();
  const status = new Map(data?.map((g) => [g.resourceGroupId, g.status]));
  return (
    <Select
      aria-label="Resource group"
      placeholder={isLoading ? 'Loading groups…' : 'Pick a resource group'}
      searchable
      // The user has just clicked or tabbed onto the picker's placeholder and is still there: focus belongs
      // here now. Once loaded, the Select stays, and takes focus like any field.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus={takeFocus}
      defaultDropdownOpened={takeFocus}
      nothingFoundMessage="No group by that name"
      // Typing narrows the list and Enter takes the first match; Enter on the current group keeps it.
      selectFirstOptionOnChange
      allowDeselect={false}
      // Wide enough for long ids and their status badge; the badge never wraps or gets cut.
      comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
      maxDropdownHeight={320}
      data={data?.map((g) => g.resourceGroupId) ?? []}
      value={value}
      onChange={(id) => {
        if (!id) return;
        navigate(secretsPath({ kind: 'group', resourceGroup: id }));
        onPicked?.();
      }}
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" gap="sm" w="100%" maw="min(480px, calc(100vw - 48px))">
          <Text size="sm" truncate="end" title={option.value} style={{ minWidth: 0 }}>
            {option.value}
          </Text>
          {isBeingDeleted(status.get(option.value)) ? (
            <Text size="xs" c="orange" title="Being deleted: no new secrets can be created in it" style={{ flexShrink: 0 }}>
              being deleted · no new secrets
            </Text>
          ) : (
            <GroupStatusBadge size="xs" status={status.get(option.value)} lowercase style={{ flexShrink: 0 }} />
          )}
        </Group>
      )}
    />
  );
}
