// The tenant at a glance: secrets per scope, the quota, replication, and anything that needs fixing.
import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import { Link } from '../../lib/router';
import { summarizeReplication } from '../../../contract/replication';
import { summaryQueries } from '../../api/summary';
import { ErrorState } from '../../components/error-state';
import { PageSkeleton } from '../../components/page-skeleton';
import { QuotaMeter } from '../../components/quota-meter';
import { form, plural } from '../../lib/format';
import { paths, secretsPath, tenantWideSecretPath } from '../../lib/paths';
import { lastDataChange } from '../../lib/change-log';
import { groupStates } from '../../lib/group-states';
import { useNow } from '../../lib/use-now';
import { TenantExport } from '../../components/tenant-export';
import classes from './overview.module.css';

function Stat({ label, value, to }: { label: string; value: number | string; to: string }) {
  return (
    // mantine-focus-auto: the theme's focus ring on keyboard focus, as on every Mantine control.
    <Link to={to} className={`${classes.panel} mantine-focus-auto`}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Link>
  );
}

const STUCK_AFTER_MS = 60_000;

export function OverviewPage() {
  const now = useNow(5000);
  // The same one-request summary as the tenant map.
  const summary = useQuery(summaryQueries.tenant());
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  if (!summary.data) return <PageSkeleton />;
  const groups = { data: summary.data.resourceGroups };
  const tenantWide = { data: summary.data.tenantWide };
  const groupIds = groups.data.map((g) => g.resourceGroupId);
  const lists = groupIds.map((g) => summary.data.groups[g] ?? []);

  const twNames = new Set(tenantWide.data.map((s) => s.name));
  const groupSecretCount = lists.reduce((n, l) => n + l.length, 0);
  const shadows = groupIds.flatMap((g, i) => (lists[i] ?? []).filter((s) => twNames.has(s.name)).map((s) => ({ group: g, name: s.name })));
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
      <Group justify="space-between">
        <Title order={2}>Overview</Title>
        <TenantExport summary={summary.data} />
      </Group>
      <div className={classes.stats}>
        <Stat label="Main tenant secrets" value={summary.data.main.length} to={secretsPath({ kind: 'main' })} />
        <Stat label="Tenant-wide secrets" value={tenantWide.data.length} to={secretsPath({ kind: 'tenant-wide' })} />
        <Stat label="Resource-group secrets" value={groupSecretCount} to={paths.map} />
        <Stat label="Resource groups" value={groups.data.length} to={paths.resourceGroups} />
      </div>
      <div className={classes.panel}>
        <QuotaMeter />
      </div>
      {shadows.length > 0 ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={`${plural(shadows.length, 'group secret')} ${form(shadows.length, 'shadows', 'shadow')} a tenant-wide secret`}
        >
          <Text size="sm">SAP warns that shadowing breaks critical consumers such as metering.</Text>
          <ul className={classes.list} style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
            {shadows.map((s) => (
              <li key={`${s.group}/${s.name}`}>
                <Anchor component={Link} to={`${paths.map}?state=shadows`} size="sm">
                  {s.name} in {s.group}
                </Anchor>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Group gap="xs">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
          <Text size="sm">No group secret shadows a tenant-wide secret.</Text>
        </Group>
      )}
      <div className={classes.panel}>
        <Title order={3} size="h5" mb="xs">
          Replication
        </Title>
        {replicating.length === 0 ? (
          <Text size="sm">
            {tenantWide.data.length
              ? `${form(tenantWide.data.length, 'The', 'All')} ${plural(tenantWide.data.length, 'tenant-wide secret')} ${form(tenantWide.data.length, 'is', 'are')} in sync in every group.`
              : 'No tenant-wide secrets.'}
          </Text>
        ) : (
          <ul className={classes.list} style={{ '--list-spacing': '4px' } as CSSProperties}>
            {replicating.map((s) => (
              <li key={s.name}>
                <Anchor component={Link} to={tenantWideSecretPath(s.name)} size="sm">
                  {s.name}
                </Anchor>{' '}
                <Badge size="sm" color="yellow" variant="light">
                  {s.inSync}/{plural(s.total, 'group')}
                </Badge>{' '}
                <Text span size="xs" c="dimmed">
                  not yet in {s.pending.slice(0, 4).join(', ')}
                  {s.pending.length > 4 ? ` and ${s.pending.length - 4} more` : ''}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </div>
      {stuck.length > 0 && (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={`${plural(stuck.length, 'copy', 'copies')} stuck for over a minute`}
        >
          <Text size="sm">These groups still lack the current tenant-wide secret. Open the secret to see what to do.</Text>
          <ul className={classes.list} style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
            {stuck.map((s) => (
              <li key={`${s.name}/${s.group}`}>
                <Anchor component={Link} to={tenantWideSecretPath(s.name)} size="sm">
                  {s.name} in {s.group}
                </Anchor>
              </li>
            ))}
          </ul>
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
