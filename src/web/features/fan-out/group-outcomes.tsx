// Each group's progress and outcome during a fan-out, and the overall bar.
import { Badge, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { form, partOf, plural } from '../../lib/format';

export type GroupOutcome = { state: 'running' } | { state: 'created' } | { state: 'refused'; message: string; status: number | null };

export function GroupOutcomes({ outcomes }: { outcomes: Map<string, GroupOutcome> }) {
  const all = [...outcomes.entries()];
  const done = all.filter(([, o]) => o.state !== 'running').length;
  const created = all.filter(([, o]) => o.state === 'created').length;
  const refused = all.filter(([, o]) => o.state === 'refused').length;
  return (
    <Paper withBorder p="md" component="section" aria-label="Progress by group">
      <Stack gap="xs">
        <Text fw={600} role="status" aria-live="polite">
          {done < all.length
            ? `Creating… ${partOf(done, all.length, 'group')} done`
            : refused
              ? `Created in ${partOf(created, all.length, 'group')}; ${plural(refused, 'group')} refused`
              : form(all.length, 'Created in the 1 group', `Created in all ${plural(all.length, 'group')}`)}
        </Text>
        <Progress.Root size="lg" aria-label="Overall progress">
          <Progress.Section value={(created / Math.max(1, all.length)) * 100} color="teal" />
          <Progress.Section value={(refused / Math.max(1, all.length)) * 100} color="red" />
        </Progress.Root>
        <Table verticalSpacing={4} aria-label="Outcome by group">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Resource group</Table.Th>
              <Table.Th w={160}>Progress</Table.Th>
              <Table.Th>Outcome</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {all.map(([group, o]) => (
              <Table.Tr key={group} data-testid={`fan-out-${group}`}>
                <Table.Td ff="monospace">{group}</Table.Td>
                <Table.Td>
                  <Progress
                    value={100}
                    striped={o.state === 'running'}
                    animated={o.state === 'running'}
                    color={o.state === 'running' ? 'blue' : o.state === 'created' ? 'teal' : 'red'}
                    aria-label={`${group}: ${o.state}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Badge color={o.state === 'running' ? 'blue' : o.state === 'created' ? 'teal' : 'red'} variant="light">
                      {o.state === 'running' ? 'creating' : o.state}
                    </Badge>
                    {o.state === 'refused' && (
                      <Text size="sm" c="red">
                        {o.status ? `HTTP ${o.status}: ` : ''}
                        {o.message}
                      </Text>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
