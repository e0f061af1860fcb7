import { Group, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { resourceGroupQueries } from '../api/resource-groups';
import { GroupStatusBadge } from '../components/group-status-badge';
import { secretsPath } from '../lib/paths';

export default function GroupSelect({ value, onPicked }: { value: string | null; onPicked?: () => void }) {
  const { data, isLoading } = useQuery(resourceGroupQueries.list());
  const navigate = useNavigate();
  const status = new Map(data?.map((g) => [g.resourceGroupId, g.status]));
  return (
    <Select
      aria-label="Resource group"
      placeholder={isLoading ? 'Loading groups…' : 'Pick a resource group'}
      searchable
      // The user has just clicked or tabbed onto the picker's placeholder: focus belongs here now.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
      defaultDropdownOpened
      nothingFoundMessage="No group by that name"
      data={data?.map((g) => g.resourceGroupId) ?? []}
      value={value}
      onChange={(id) => {
        if (!id) return;
        navigate(secretsPath({ kind: 'group', resourceGroup: id }));
        onPicked?.();
      }}
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" w="100%">
          <Text size="sm">{option.value}</Text>
          <GroupStatusBadge size="xs" status={status.get(option.value)} lowercase />
        </Group>
      )}
    />
  );
}
