import { Button, Group, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconPlus, IconServer } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from '../../lib/router';
import type { ResourceGroup } from '../../../contract';
import { resourceGroupQueries } from '../../api/resource-groups';
import { EmptyState } from '../../components/empty-state';
import { GroupStatusBadge } from '../../components/group-status-badge';
import { ErrorState } from '../../components/error-state';
import { CreatedAt } from '../../components/created-at';
import { LabelChips } from '../../components/label-chips';
import { PageSkeleton } from '../../components/page-skeleton';
import { plural } from '../../lib/format';
import { isBeingDeleted } from '../../lib/group-deletion';
import { secretsPath } from '../../lib/paths';
import { useWriteAccess, writeActionProps } from '../../lib/use-write-access';
import { CreateGroupModal } from './create-group-modal';
import { DeleteGroupModal } from './delete-group-modal';
import { EditGroupLabelsModal } from './edit-group-labels-modal';
import { GroupQuotaMeter, groupQuotaFull } from './group-quota-meter';
import { GroupRowActions } from './group-row-actions';

const inTransition = (groups: ResourceGroup[] | undefined) =>
  Boolean(groups?.some((g) => g.status === 'PROVISIONING' || isBeingDeleted(g.status)));

export function ResourceGroupsPage() {
  const groups = useQuery({
    ...resourceGroupQueries.list(),
    // Watch new groups provision and deleted ones go.
    refetchInterval: (q) => (inTransition(q.state.data?.resources) ? 1500 : false),
  });
  const quota = useQuery({ ...resourceGroupQueries.quota(), refetchInterval: inTransition(groups.data) ? 1500 : false });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<ResourceGroup | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const writes = useWriteAccess();
  if (groups.isPending) return <PageSkeleton />;
  if (groups.isError)
    return <ErrorState error={groups.error} onRetry={() => void groups.refetch()} title="Could not list the resource groups" />;
  const full = groupQuotaFull(quota.data);
  const fullReason = `The tenant has used its quota of ${quota.data?.quota.maxCount} resource groups: delete one first (a group being deleted counts until it is gone).`;
  const deletingCount = groups.data.filter((g) => isBeingDeleted(g.status)).length;
  const createButton = (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      data-disabled={full || undefined}
      aria-disabled={full || undefined}
      aria-keyshortcuts="n"
      onClick={(e) => (full ? e.preventDefault() : setCreating(true))}
      {...writeActionProps(writes)}
    >
      New resource group
    </Button>
  );
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Resource groups</Title>
          <Text c="dimmed" size="sm" role="status">
            {plural(groups.data.length, 'resource group')}
            {deletingCount > 0 && ` (${deletingCount} being deleted)`}. Every group receives a copy of each tenant-wide secret.
          </Text>
        </div>
        <Group align="flex-end">
          {quota.data && <GroupQuotaMeter quota={quota.data} />}
          {full ? (
            <Tooltip label={fullReason} multiline w={320}>
              {createButton}
            </Tooltip>
          ) : (
            createButton
          )}
        </Group>
      </Group>
      {quota.isError && (
        <Text size="sm" c="dimmed">
          The resource-group quota could not be read: {quota.error.message}
        </Text>
      )}
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
              {/* Priority columns: labels and age show from the "sm" width up; a phone keeps id, status, delete. */}
              <Table.Th visibleFrom="sm">Labels</Table.Th>
              <Table.Th visibleFrom="sm">Created</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.data.map((g) => {
              const going = isBeingDeleted(g.status);
              return (
                <Table.Tr key={g.resourceGroupId} data-testid={`group-${g.resourceGroupId}`}>
                  <Table.Td>
                    <Text
                      component={Link}
                      to={secretsPath({ kind: 'group', resourceGroup: g.resourceGroupId })}
                      ff="monospace"
                      size="sm"
                      c="blue"
                      td={going ? 'line-through' : undefined}
                    >
                      {g.resourceGroupId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <GroupStatusBadge status={g.status} />
                    {going ? (
                      <Text size="xs" c="orange">
                        Being deleted: no new secrets; it disappears once the service has removed it.
                      </Text>
                    ) : (
                      g.statusMessage && (
                        <Text size="xs" c="red">
                          {g.statusMessage}
                        </Text>
                      )
                    )}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <LabelChips labels={g.labels} />
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <CreatedAt value={g.createdAt} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <GroupRowActions group={g} onEdit={() => setEditing(g)} onDelete={() => setDeleting(g.resourceGroupId)} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <CreateGroupModal opened={creating} onClose={() => setCreating(false)} />
      {editing && <EditGroupLabelsModal group={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteGroupModal id={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}
