// Fan-out: one resource-group secret created in several groups at once (the way out when the tenant-wide
// quota of five is used up), with each group's progress and outcome, and a retry for the failed ones only.
import { Alert, Anchor, Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from '../../lib/router';
import { ApiError } from '../../api/client';
import { resourceGroupQueries } from '../../api/resource-groups';
import { useFanOutCreate } from '../../api/secret-batch-mutations';
import { summaryQueries } from '../../api/summary';
import { ErrorState } from '../../components/error-state';
import { PageSkeleton } from '../../components/page-skeleton';
import { plural } from '../../lib/format';
import { secretPath } from '../../lib/paths';
import { checkFanOut, type Row } from './fan-out-model';
import { GroupOutcomes, type GroupOutcome } from './group-outcomes';
import { RowsInput } from './rows-input';

export function FanOutPage() {
  const [params] = useSearchParams();
  const groups = useQuery(resourceGroupQueries.list());
  const summary = useQuery(summaryQueries.tenant());
  const fanOut = useFanOutCreate();
  const [name, setName] = useState(params.get('name') ?? '');
  const [rows, setRows] = useState<Row[]>([{ key: '', value: '' }]);
  const [labels, setLabels] = useState<Row[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Map<string, GroupOutcome> | null>(null);
  const from = params.get('from');

  if (groups.isPending) return <PageSkeleton />;
  if (groups.isError)
    return <ErrorState error={groups.error} onRetry={() => void groups.refetch()} title="Could not list the resource groups" />;
  const ready = groups.data.filter((g) => g.status === 'PROVISIONED').map((g) => g.resourceGroupId);
  const holders = new Set(
    Object.entries(summary.data?.groups ?? {})
      .filter(([, secrets]) => name && secrets.some((s) => s.name === name))
      .map(([g]) => g),
  );
  const failed = outcomes ? [...outcomes].filter(([, o]) => o.state === 'refused').map(([g]) => g) : [];
  const running = fanOut.isPending;

  const run = (targets: string[]) => {
    const checked = checkFanOut({ name, rows, labels, groups: targets });
    if (!checked.ok) return setProblem(checked.message);
    setProblem(null);
    setOutcomes((prev) => {
      const next = new Map(prev ?? []);
      for (const g of targets) next.set(g, { state: 'running' });
      return next;
    });
    fanOut.mutate({
      ...checked.body,
      groups: targets,
      onOutcome: (o) =>
        setOutcomes((prev) =>
          new Map(prev).set(
            o.item,
            o.ok
              ? { state: 'created' }
              : {
                  state: 'refused',
                  message: o.error instanceof ApiError ? o.error.message : String(o.error),
                  status: o.error instanceof ApiError ? o.error.status : null,
                },
          ),
        ),
    });
  };

  return (
    <Stack gap="md" maw={960}>
      <div>
        <Title order={2}>Create in several groups</Title>
        <Text c="dimmed" size="sm">
          The same resource-group secret in every group you pick, {plural(4, 'request')} at a time. A group that refuses (the name exists
          there, say) does not stop the others; retry the failed ones once fixed. Tenant-wide secrets reach every group but are limited to
          five.
        </Text>
      </div>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <TextInput
            label="Name"
            description="Lower-case letters, digits, - and . (1 to 252)"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            disabled={running}
            autoComplete="off"
            maw={360}
          />
          <div>
            <Text size="sm" fw={500}>
              Data
            </Text>
            <Text size="xs" c="dimmed" mb={4}>
              {from
                ? `The values of ${name} in ${from} cannot be copied: AI Core never returns them. Type them again.`
                : 'Type or paste each value as plain text; it is sent as Base64 of its UTF-8 bytes, exactly as typed.'}
            </Text>
            <RowsInput rows={rows} onChange={setRows} noun="Key" keyPlaceholder="key, e.g. api-key" multiline />
          </div>
          <div>
            <Text size="sm" fw={500} mb={4}>
              Labels
            </Text>
            <RowsInput rows={labels} onChange={setLabels} noun="Label" keyPlaceholder="ext.ai.sap.com/team" />
          </div>
          <Checkbox.Group
            label="Resource groups"
            description={`${picked.length} of ${ready.length} picked`}
            value={picked}
            onChange={setPicked}
          >
            <Group gap="xs" mt={6}>
              <Button size="xs" variant="subtle" onClick={() => setPicked(ready)} disabled={running}>
                All ready groups
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setPicked([])} disabled={running}>
                None
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs" spacing={6}>
              {groups.data.map((g) => {
                const notReady = g.status !== 'PROVISIONED';
                return (
                  <Checkbox
                    key={g.resourceGroupId}
                    value={g.resourceGroupId}
                    disabled={running || notReady}
                    label={
                      <Group gap={6} wrap="nowrap">
                        <span>{g.resourceGroupId}</span>
                        {notReady && (
                          <Badge size="xs" color="gray">
                            {g.status.toLowerCase()}
                          </Badge>
                        )}
                        {holders.has(g.resourceGroupId) && (
                          <Badge size="xs" color="orange" title={`${name} exists there already: that group will refuse it`}>
                            has {name}
                          </Badge>
                        )}
                      </Group>
                    }
                  />
                );
              })}
            </SimpleGrid>
          </Checkbox.Group>
          {problem && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" title="Not sent">
              {problem}
            </Alert>
          )}
          <Group>
            <Button onClick={() => run(picked)} loading={running} disabled={running}>
              Create in {plural(picked.length, 'group')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {outcomes && <GroupOutcomes outcomes={outcomes} />}
      {outcomes && !running && failed.length > 0 && (
        <Alert color="red" title={`${plural(failed.length, 'group')} refused: ${failed.join(', ')}`}>
          <Text size="sm">
            Created in:{' '}
            {[...outcomes]
              .filter(([, o]) => o.state === 'created')
              .map(([g]) => g)
              .join(', ') || 'none'}
            . Fix the cause (for a name that exists, delete or rename that group&apos;s secret), then retry only the failed groups; the
            created ones are left alone.
          </Text>
          <Button mt="xs" size="xs" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => run(failed)}>
            Retry the failed groups
          </Button>
        </Alert>
      )}
      {outcomes && !running && failed.length === 0 && (
        <Text size="sm">
          Open it in{' '}
          {[...outcomes.keys()].slice(0, 5).map((g, i) => (
            <span key={g}>
              {i > 0 && ', '}
              <Anchor component={Link} to={secretPath({ kind: 'group', resourceGroup: g }, name)} underline="always">
                {g}
              </Anchor>
            </span>
          ))}
        </Text>
      )}
    </Stack>
  );
}
