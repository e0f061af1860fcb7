// One row per resource group: its state, how long a copy has waited, and what the admin can really do.
import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { IconRefresh, IconTrash } from '@tabler/icons-react';
import { Link } from '../../lib/router';
import { duration, exactTime } from '../../lib/format';
import type { GroupRow } from '../../lib/group-states';
import { secretsPath } from '../../lib/paths';
import type { Measure } from '../../lib/stuck-threshold';
import { StateBadge, STATE_GUIDANCE } from './state-badge';
import { useWriteAccess, writeActionProps } from '../../lib/use-write-access';

const FROM: Record<Measure, string> = { 'first-seen': 'first seen unreplicated', 'last-change': 'since the last change' };

function Waited({ row, measure }: { row: GroupRow; measure: Measure }) {
  if (row.waitedMs === undefined || (row.state !== 'pending' && row.state !== 'stuck')) return null;
  return (
    <Text size="xs" c={row.state === 'stuck' ? 'red' : 'dimmed'} fw={row.state === 'stuck' ? 700 : undefined}>
      {row.state} for {duration(row.waitedMs)}
      {row.since !== undefined && (
        <span title={exactTime(row.since)}>
          {' '}
          ({measure === 'first-seen' ? FROM['first-seen'] : FROM['last-change']} at {new Date(row.since).toLocaleTimeString()})
        </span>
      )}
    </Text>
  );
}

export function ReplicationRows(props: {
  rows: GroupRow[];
  measure: Measure;
  rotatePath: string;
  onDeleteShadow: (group: string) => void;
}) {
  const writes = useWriteAccess();
  return (
    <Table withTableBorder highlightOnHover aria-label="Replication per resource group">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Resource group</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>What to do</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((r) => (
          <Table.Tr
            key={r.group}
            data-testid={`group-row-${r.group}`}
            data-state={r.state}
            bg={r.state === 'stuck' ? 'var(--mantine-color-red-light)' : undefined}
            style={r.state === 'stuck' ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-filled)' } : undefined}
          >
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Anchor component={Link} to={secretsPath({ kind: 'group', resourceGroup: r.group })} ff="monospace" size="sm">
                {r.group}
              </Anchor>
            </Table.Td>
            <Table.Td w={190}>
              <Stack gap={4} align="flex-start">
                <StateBadge state={r.state} />
                <Waited row={r} measure={props.measure} />
              </Stack>
            </Table.Td>
            <Table.Td>
              <Stack gap={6} align="flex-start">
                <Text size="sm" c="dimmed">
                  {r.state === 'in-sync' ? 'Nothing.' : STATE_GUIDANCE[r.state]}
                </Text>
                {r.state === 'shadowed' && (
                  <Button
                    size="compact-xs"
                    color="orange"
                    variant="light"
                    leftSection={<IconTrash size={12} aria-hidden />}
                    onClick={() => props.onDeleteShadow(r.group)}
                    {...writeActionProps(writes)}
                  >
                    Delete the group&apos;s secret
                  </Button>
                )}
                {r.state === 'stuck' && (
                  <Button
                    size="compact-xs"
                    color="red"
                    variant="light"
                    component={Link}
                    to={props.rotatePath}
                    leftSection={<IconRefresh size={12} aria-hidden />}
                    {...writeActionProps(writes)}
                  >
                    Rotate to write every copy again
                  </Button>
                )}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
