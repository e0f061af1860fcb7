import { ActionIcon, Button, Group, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconPlus, IconServer, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { resourceGroupQueries } from '../../api/resource-groups';
import { EmptyState } from '../../components/empty-state';
import { GroupStatusBadge } from '../../components/group-status-badge';
import { ErrorState } from '../../components/error-state';
import { LabelChips } from '../../components/label-chips';
import { PageSkeleton } from '../../components/page-skeleton';
import { exactTime, plural, relativeTime } from '../../lib/format';
import { secretsPath } from '../../lib/paths';
import { CreateGroupModal } from './create-group-modal';
import { DeleteGroupModal } from './delete-group-modal';

export function ResourceGroupsPage() {
  const groups = useQuery({
    ...resourceGroupQueries.list(),
    // Watch new groups provision.
    refetchInterval: (q) => (q.state.data?.resources.some((g) => g.status === 'PROVISIONING') ? 1500 : false),
  });
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  if (groups.isPending) return <PageSkeleton />;
  if (groups.isError)
    return <ErrorState error={groups.error} onRetry={() => void groups.refetch()} title="Could not list the resource groups" />;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Resource groups</Title>
          <Text c="dimmed" size="sm">
            {plural(groups.data.length, 'resource group')}. Every group receives a copy of each tenant-wide secret.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          New resource group
        </Button>
      </Group>
      {groups.data.length === 0 ? (
        <EmptyState icon={<IconServer aria-hidden />} title="No resource groups">
          Create one to separate teams or stages.
        </EmptyState>
      ) : (
        <Table highlightOnHover withTableBorder aria-label="Resource groups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Id</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Labels</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.data.map((g) => (
              <Table.Tr key={g.resourceGroupId} data-testid={`group-${g.resourceGroupId}`}>
                <Table.Td>
                  <Text
                    component={Link}
                    to={secretsPath({ kind: 'group', resourceGroup: g.resourceGroupId })}
                    ff="monospace"
                    size="sm"
                    c="blue"
                  >
                    {g.resourceGroupId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <GroupStatusBadge status={g.status} />
                  {g.statusMessage && (
                    <Text size="xs" c="red">
                      {g.statusMessage}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <LabelChips labels={g.labels} />
                </Table.Td>
                <Table.Td>
                  <Tooltip label={exactTime(g.createdAt)}>
                    <Text size="sm" tabIndex={0}>
                      {relativeTime(g.createdAt)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td ta="right">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={
                      g.resourceGroupId === 'default' ? 'The default group cannot be deleted' : `Delete group ${g.resourceGroupId}`
                    }
                    title={g.resourceGroupId === 'default' ? 'The default group cannot be deleted' : `Delete group ${g.resourceGroupId}`}
                    disabled={g.resourceGroupId === 'default'}
                    onClick={() => setDeleting(g.resourceGroupId)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreateGroupModal opened={creating} onClose={() => setCreating(false)} />
      {deleting && <DeleteGroupModal id={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}
