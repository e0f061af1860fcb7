import { Badge, Group, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { resourceGroupQueries } from '../api/resource-groups';
import { secretsPath } from '../lib/paths';

const STATUS_COLOR: Record<string, string> = { PROVISIONED: 'teal', PROVISIONING: 'yellow', ERROR: 'red' };

export function GroupPicker({ onPicked }: { onPicked?: () => void }) {
  const { data, isLoading } = useQuery(resourceGroupQueries.list());
  const { group } = useParams();
  const navigate = useNavigate();
  const status = new Map(data?.map((g) => [g.resourceGroupId, g.status]));
  return (
    <Select
      px="sm"
      aria-label="Resource group"
      placeholder={isLoading ? 'Loading groups…' : 'Pick a resource group'}
      searchable
      nothingFoundMessage="No group by that name"
      data={data?.map((g) => g.resourceGroupId) ?? []}
      value={group ?? null}
      onChange={(id) => {
        if (!id) return;
        navigate(secretsPath({ kind: 'group', resourceGroup: id }));
        onPicked?.();
      }}
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" w="100%">
          <Text size="sm">{option.value}</Text>
          <Badge size="xs" variant="light" color={STATUS_COLOR[status.get(option.value) ?? ''] ?? 'gray'}>
            {status.get(option.value)?.toLowerCase()}
          </Badge>
        </Group>
      )}
    />
  );
}
