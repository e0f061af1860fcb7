// A tenant-wide secret's replication, live: "n of N resource groups in sync", each group's state and what
// to do about it. Polls while anything is pending (backing off, paused while the tab is hidden).
import { Alert, Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { IconCircleCheck, IconEdit } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useNow } from '../../lib/use-now';
import { useWriteAccess, writeActionProps } from '../../lib/use-write-access';
import { useAnnounceDone } from '../../lib/use-announce-done';
import { Link, useParams } from '../../lib/router';
import { summarizeReplication } from '../../../contract';
import { resourceGroupQueries } from '../../api/resource-groups';
import { secretQueries } from '../../api/secrets';
import { DeleteSecretModal } from '../../components/delete-secret-modal';
import { ErrorState } from '../../components/error-state';
import { LabelChips } from '../../components/label-chips';
import { LastChanged } from '../../components/last-changed';
import { PageSkeleton } from '../../components/page-skeleton';
import { lastDataChange } from '../../lib/change-log';
import { duration, exactTime, form, partOf, plural, relativeTime } from '../../lib/format';
import { secretsPath } from '../../lib/paths';
import { groupStates, pollInterval, type GroupState } from '../../lib/group-states';
import { useStuckThreshold } from '../../lib/stuck-threshold';
import { noteUnreplicated } from '../../lib/unreplicated-since';
import { ReplicationRows } from './replication-rows';
import { STATE_GUIDANCE } from './state-badge';
import { StuckThresholdControl } from './stuck-threshold-control';

const tw = { kind: 'tenant-wide' } as const;

export function TenantWideSecretPage() {
  const { name = '' } = useParams();
  const [threshold, setThreshold] = useStuckThreshold();
  // When the number of groups in sync last moved: polling backs off from there.
  const [progress, setProgress] = useState<{ inSync: number; at: number } | null>(null);
  const progressAt = progress?.at ?? null;
  const detail = useQuery({
    ...secretQueries.detail(tw, name),
    refetchInterval: (q) =>
      summarizeReplication(q.state.data?.syncStatus).complete ? false : pollInterval(Date.now() - (progressAt ?? Date.now())),
  });
  const summary = summarizeReplication(detail.data?.syncStatus);
  useAnnounceDone(detail.data ? summary.complete : undefined, `${name} is in sync in every resource group`);
  if (detail.data && progress?.inSync !== summary.inSync) setProgress({ inSync: summary.inSync, at: detail.dataUpdatedAt });
  const groups = useQuery({ ...resourceGroupQueries.list(), refetchInterval: summary.complete ? false : 5000 });
  // A pending group may hold its own secret of this name: it then shadows the tenant-wide copy.
  const groupLists = useQueries({
    queries: summary.pending.map((g) => ({
      ...secretQueries.everything({ kind: 'group', resourceGroup: g }),
      refetchInterval: summary.complete ? (false as const) : 5000,
    })),
  });
  const shadowedIn = new Set(summary.pending.filter((_, i) => groupLists[i]?.data?.some((s) => s.name === name)));
  const now = useNow();
  // When this console first saw each copy unreplicated: noted once per answer of the service.
  const firstSeen = useMemo(
    () => (detail.data?.syncStatus ? noteUnreplicated(name, detail.data.syncStatus, detail.dataUpdatedAt) : new Map<string, number>()),
    [name, detail.data, detail.dataUpdatedAt],
  );
  const [deleting, setDeleting] = useState<{ group: string } | null>(null);
  const writes = useWriteAccess();

  if (detail.isPending) return <PageSkeleton />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} title={`Could not load ${name}`} />;
  const secret = detail.data;
  const changedAt = lastDataChange(secret.name, secret.createdAt);
  const rows = groupStates({
    status: secret.syncStatus ?? {},
    groups: groups.data ?? [],
    shadowedIn,
    lastChange: changedAt,
    now,
    stuckAfterMs: threshold.stuckAfterS * 1000,
    firstSeen: threshold.measure === 'first-seen' ? firstSeen : undefined,
  });
  const counts = rows.reduce<Record<GroupState, number>>((acc, r) => ({ ...acc, [r.state]: acc[r.state] + 1 }), {
    'in-sync': 0,
    pending: 0,
    shadowed: 0,
    stuck: 0,
    provisioning: 0,
    deleting: 0,
  });
  const rotatePath = `${secretsPath(tw)}?edit=${encodeURIComponent(secret.name)}`;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            <Anchor component={Link} to={secretsPath(tw)}>
              Tenant-wide
            </Anchor>{' '}
            / secret
          </Text>
          <Title order={2} ff="monospace">
            {secret.name}
          </Title>
          <Group gap="xs" mt={4}>
            <LabelChips labels={secret.labels} max={6} />
          </Group>
          <LastChanged scope={tw} name={secret.name} />
        </div>
        <Button
          component={Link}
          to={rotatePath}
          leftSection={<IconEdit size={16} aria-hidden />}
          variant="light"
          {...writeActionProps(writes)}
        >
          Rotate or edit
        </Button>
      </Group>

      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Text fw={600} data-testid="replication-summary" role="status" aria-live="polite">
            {summary.complete
              ? form(summary.total, 'In sync in its 1 resource group', `All ${plural(summary.total, 'resource group')} in sync`)
              : `${partOf(summary.inSync, summary.total, 'resource group')} in sync`}
          </Text>
          {summary.complete ? (
            <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={12} aria-hidden />}>
              complete
            </Badge>
          ) : (
            <Badge color="yellow">{detail.isFetching ? 'checking…' : 'replicating'}</Badge>
          )}
        </Group>
        <Progress.Root size="xl" aria-label="Replication progress">
          <Progress.Section
            value={summary.total ? (counts['in-sync'] / summary.total) * 100 : 0}
            color="teal"
            aria-label={`${counts['in-sync']} in sync`}
          />
          <Progress.Section
            value={summary.total ? (counts.shadowed / summary.total) * 100 : 0}
            color="orange"
            aria-label={`${counts.shadowed} shadowed`}
          />
          <Progress.Section
            value={summary.total ? (counts.stuck / summary.total) * 100 : 0}
            color="red"
            aria-label={`${counts.stuck} stuck`}
          />
        </Progress.Root>
        <Group mt="sm" gap="lg">
          <Tooltip label={exactTime(changedAt)}>
            <Text size="sm" c="dimmed" tabIndex={0}>
              Last change {relativeTime(changedAt, now)}
            </Text>
          </Tooltip>
          <Text size="sm" c="dimmed">
            Last check {detail.dataUpdatedAt ? exactTime(detail.dataUpdatedAt) : 'never'}
          </Text>
          {!summary.complete && (
            <Text size="sm" c="dimmed">
              Next check in about {duration(pollInterval(now - (progressAt ?? now)))}
            </Text>
          )}
        </Group>
        <Group mt="sm">
          <StuckThresholdControl value={threshold} onChange={setThreshold} />
        </Group>
      </Paper>

      {counts.shadowed > 0 && (
        <Alert color="orange" title={`Shadowed in ${plural(counts.shadowed, 'resource group')}`}>
          {STATE_GUIDANCE.shadowed}
        </Alert>
      )}
      {counts.stuck > 0 && (
        <Alert color="red" title={`Stuck in ${plural(counts.stuck, 'resource group')}`}>
          {STATE_GUIDANCE.stuck}
        </Alert>
      )}

      <ReplicationRows rows={rows} measure={threshold.measure} rotatePath={rotatePath} onDeleteShadow={(group) => setDeleting({ group })} />
      {deleting && (
        <DeleteSecretModal
          scope={{ kind: 'group', resourceGroup: deleting.group }}
          name={secret.name}
          groupCount={0}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}
