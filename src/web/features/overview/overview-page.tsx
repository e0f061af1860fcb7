// The tenant at a glance: secrets per scope, the quota, replication, and anything that needs fixing.
import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { summarizeReplication } from '../../../contract';
import { resourceGroupQueries } from '../../api/resource-groups';
import { secretQueries } from '../../api/secrets';
import { ErrorState } from '../../components/error-state';
import { PageSkeleton } from '../../components/page-skeleton';
import { QuotaMeter } from '../../components/quota-meter';
import { plural } from '../../lib/format';
import { paths, secretsPath, tenantWideSecretPath } from '../../lib/paths';
import { lastDataChange } from '../../lib/change-log';
import { groupStates } from '../../lib/group-states';
import { useNow } from '../../lib/use-now';

function Stat({ label, value, to }: { label: string; value: number | string; to: string }) {
  return (
    <Paper withBorder p="md" component={Link} to={to} style={{ textDecoration: 'none', color: 'inherit' }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

const STUCK_AFTER_MS = 60_000;

export function OverviewPage() {
  const now = useNow(5000);
  const groups = useQuery(resourceGroupQueries.list());
  const main = useQuery(secretQueries.page({ kind: 'main' }, { top: 1, skip: 0 }));
  const tenantWide = useQuery({
    ...secretQueries.everything({ kind: 'tenant-wide' }),
    refetchInterval: (q) => (q.state.data?.some((s) => !summarizeReplication(s.syncStatus).complete) ? 3000 : false),
  });
  const groupIds = groups.data?.map((g) => g.resourceGroupId) ?? [];
  const lists = useQueries({ queries: groupIds.map((g) => secretQueries.everything({ kind: 'group', resourceGroup: g })) });
  const failed = groups.error ?? main.error ?? tenantWide.error;
  if (failed)
    return <ErrorState error={failed} onRetry={() => void Promise.all([groups.refetch(), main.refetch(), tenantWide.refetch()])} />;
  if (!groups.data || !main.data || !tenantWide.data) return <PageSkeleton />;

  const twNames = new Set(tenantWide.data.map((s) => s.name));
  const groupSecretCount = lists.reduce((n, l) => n + (l.data?.length ?? 0), 0);
  const shadows = groupIds.flatMap((g, i) =>
    (lists[i]?.data ?? []).filter((s) => twNames.has(s.name)).map((s) => ({ group: g, name: s.name })),
  );
  const replicating = tenantWide.data.map((s) => ({ name: s.name, ...summarizeReplication(s.syncStatus) })).filter((s) => !s.complete);
  // Stuck: not in sync a minute after the secret (or the group) last changed, and not shadowed.
  const stuck = tenantWide.data.flatMap((s) =>
    groupStates({
      status: s.syncStatus ?? {},
      groups: groups.data,
      shadowedIn: new Set(shadows.filter((x) => x.name === s.name).map((x) => x.group)),
      lastChange: lastDataChange(s.name, s.createdAt),
      now,
      stuckAfterMs: STUCK_AFTER_MS,
    })
      .filter((r) => r.state === 'stuck')
      .map((r) => ({ name: s.name, group: r.group })),
  );
  const notProvisioned = groups.data.filter((g) => g.status !== 'PROVISIONED');

  return (
    <Stack gap="lg">
      <Title order={2}>Overview</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Stat label="Main tenant secrets" value={main.data.count} to={secretsPath({ kind: 'main' })} />
        <Stat label="Tenant-wide secrets" value={tenantWide.data.length} to={secretsPath({ kind: 'tenant-wide' })} />
        <Stat label="Resource-group secrets" value={lists.every((l) => l.isSuccess) ? groupSecretCount : '…'} to={paths.map} />
        <Stat label="Resource groups" value={groups.data.length} to={paths.resourceGroups} />
      </SimpleGrid>
      <Paper withBorder p="md">
        <QuotaMeter />
      </Paper>
      {shadows.length > 0 ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={`${plural(shadows.length, 'group secret')} ${shadows.length === 1 ? 'shadows' : 'shadow'} a tenant-wide secret`}
        >
          <Text size="sm">SAP warns that shadowing breaks critical consumers such as metering.</Text>
          <List size="sm" mt="xs">
            {shadows.map((s) => (
              <List.Item key={`${s.group}/${s.name}`}>
                <Anchor component={Link} to={`${paths.map}?state=shadows`} size="sm">
                  {s.name} in {s.group}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        lists.every((l) => l.isSuccess) && (
          <Group gap="xs">
            <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
            <Text size="sm">No group secret shadows a tenant-wide secret.</Text>
          </Group>
        )
      )}
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          Replication
        </Title>
        {replicating.length === 0 ? (
          <Text size="sm">
            {tenantWide.data.length
              ? `All ${plural(tenantWide.data.length, 'tenant-wide secret')} are in sync in every group.`
              : 'No tenant-wide secrets.'}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {replicating.map((s) => (
              <List.Item key={s.name}>
                <Anchor component={Link} to={tenantWideSecretPath(s.name)} size="sm">
                  {s.name}
                </Anchor>{' '}
                <Badge size="sm" color="yellow" variant="light">
                  {s.inSync}/{s.total} groups
                </Badge>{' '}
                <Text span size="xs" c="dimmed">
                  not yet in {s.pending.slice(0, 4).join(', ')}
                  {s.pending.length > 4 ? ` and ${s.pending.length - 4} more` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      {stuck.length > 0 && (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={`${plural(stuck.length, 'copy', 'copies')} stuck for over a minute`}
        >
          <Text size="sm">These groups still lack the current tenant-wide secret. Open the secret to see what to do.</Text>
          <List size="sm" mt="xs">
            {stuck.map((s) => (
              <List.Item key={`${s.name}/${s.group}`}>
                <Anchor component={Link} to={tenantWideSecretPath(s.name)} size="sm">
                  {s.name} in {s.group}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {notProvisioned.length > 0 && (
        <Alert color="yellow" title="Resource groups not ready">
          {notProvisioned.map((g) => `${g.resourceGroupId} (${g.status.toLowerCase()})`).join(', ')}.{' '}
          <Anchor component={Link} to={paths.resourceGroups}>
            See resource groups
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}
