// One row per change: when, who, what, where, which keys and labels, and how it ended. Never a value:
// the log holds none.
import { Badge, Code, Table, Text, Tooltip } from '@mantine/core';
import { AUDIT_ACTIONS, type AuditEntry } from '../../api/audit';
import { exactTime, relativeTime } from '../../lib/format';

const OUTCOME: Record<AuditEntry['outcome'], { color: string; label: string; help: string }> = {
  success: { color: 'teal', label: 'Done', help: 'AI Core accepted the change.' },
  failure: { color: 'red', label: 'Failed', help: 'AI Core refused the change; nothing was changed.' },
  refused: {
    color: 'orange',
    label: 'Refused',
    help: 'The console refused the change (the user may not write); nothing was sent to AI Core.',
  },
  unknown: {
    color: 'gray',
    label: 'Unknown',
    help: 'The change was sent to AI Core but its answer was never recorded (in progress, or the console stopped). Check the secret itself.',
  },
};

function where(e: AuditEntry): string {
  if (e.action.startsWith('resource-group.')) return 'Tenant';
  if (e.scope === 'main') return 'Main tenant';
  if (e.scope === 'tenant-wide') return 'Tenant-wide';
  return `Group ${e.resourceGroup ?? '?'}`;
}

function what(e: AuditEntry): string {
  return e.action.startsWith('resource-group.') ? (e.resourceGroup ?? '') : (e.secret ?? '');
}

function labelText(e: AuditEntry): string {
  return e.labels.map((l) => (l.value === null ? `removed ${l.key}` : `${l.key}=${l.value}`)).join(', ');
}

export function ActivityTable({ entries, now }: { entries: AuditEntry[]; now: number }) {
  return (
    <Table.ScrollContainer
      minWidth={900}
      // Keyboard users scroll the wide log sideways on a phone too (WCAG 2.1.1, axe scrollable-region-focusable).
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': 'Activity log, scrollable' } }}
    >
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Activity log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            <Table.Th>User</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Where</Table.Th>
            <Table.Th>Secret or group</Table.Th>
            <Table.Th>Keys</Table.Th>
            <Table.Th>Labels</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>AI Core request</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => {
            const outcome = OUTCOME[e.outcome];
            return (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Text size="sm" title={exactTime(e.time)}>
                    {relativeTime(e.time, now)}
                  </Text>
                </Table.Td>
                <Table.Td>{e.user}</Table.Td>
                <Table.Td>{AUDIT_ACTIONS[e.action]}</Table.Td>
                <Table.Td>{where(e)}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {what(e)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {e.keys.join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td maw={260}>
                  <Text size="xs" lineClamp={2} title={labelText(e)}>
                    {labelText(e)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={outcome.help} multiline w={260}>
                    <Badge color={outcome.color} variant="light" aria-description={outcome.help}>
                      {outcome.label}
                      {e.status !== null ? ` · ${e.status}` : ''}
                    </Badge>
                  </Tooltip>
                </Table.Td>
                <Table.Td>{e.requestId ? <Code>{e.requestId}</Code> : <Text c="dimmed">–</Text>}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
