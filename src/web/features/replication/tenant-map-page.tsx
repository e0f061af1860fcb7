// Every secret name against every resource group, with shadowing made impossible to miss.
import { Alert, Box, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from '../../lib/router';
import { summaryQueries } from '../../api/summary';
import { ErrorState } from '../../components/error-state';
import { PageSkeleton } from '../../components/page-skeleton';
import { form, plural } from '../../lib/format';
import { useUrlText } from '../../lib/use-url-text';
import { buildMap, filterMap, type Cell } from './map-model';
import { MapGrid, CELL_LOOK } from './map-grid';
import { TenantExport } from '../../components/tenant-export';
import { afterFirstScreen } from '../../app/preload';

const loadShadowFix = () => import('./shadow-fix-dialog');
const ShadowFixDialog = lazy(async () => ({ default: (await loadShadowFix()).ShadowFixDialog }));

const FILTERS: { value: Cell | 'all'; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'shadows', label: 'Shadowing' },
  { value: 'pending', label: 'Pending' },
  { value: 'replicated', label: 'Replicated' },
  { value: 'own', label: 'Group only' },
];

export function TenantMapPage() {
  const [params, setParams] = useSearchParams();
  const state = (FILTERS.find((f) => f.value === params.get('state'))?.value ?? 'all') as Cell | 'all';

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value && value !== 'all') next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const [q, setQ] = useUrlText(params.get('q') ?? '', (value) => setParam('q', value));
  // One request for the whole map: the console server composes it upstream (GET /api/summary).
  const summary = useQuery(summaryQueries.tenant());
  const groupIds = useMemo(() => summary.data?.resourceGroups.map((g) => g.resourceGroupId) ?? [], [summary.data]);
  const [selected, setSelected] = useState<{ name: string; group: string } | null>(null);
  const onSelect = useCallback((name: string, group: string) => setSelected({ name, group }), []);
  // The fix dialog's code, fetched once the map is drawn and the browser idle: a select opens it at once.
  useEffect(() => afterFirstScreen(() => void loadShadowFix()), []);

  const rows = useMemo(() => {
    if (!summary.data) return [];
    const groups = summary.data.groups;
    const groupSecrets = new Map(groupIds.map((g) => [g, new Set(groups[g]?.map((s) => s.name))]));
    return buildMap(summary.data.tenantWide, groupIds, groupSecrets);
  }, [groupIds, summary.data]);
  const shown = useMemo(() => filterMap(rows, state, q), [rows, state, q]);
  const shadowCount = rows.reduce((n, r) => n + r.cells.filter((c) => c === 'shadows').length, 0);

  if (summary.isError)
    return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} title="Could not build the tenant map" />;
  if (!summary.isSuccess) return <PageSkeleton />;
  const failures = summary.data.failures;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Tenant map</Title>
          <Text c="dimmed" size="sm">
            {plural(rows.length, 'secret name')} across {plural(groupIds.length, 'resource group')}. Tenant-wide secrets first, then names
            that exist only in some groups.
          </Text>
        </div>
        <TenantExport summary={summary.data} />
      </Group>
      {failures.length > 0 && (
        <Alert color="yellow" title={`${plural(failures.length, 'group')} could not be read`}>
          {failures.map((f) => `${f.scope}: ${f.message}`).join('; ')}. Their columns show no secrets until they can be read.
        </Alert>
      )}
      {shadowCount > 0 && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={`${plural(shadowCount, 'group secret')} ${form(shadowCount, 'shadows', 'shadow')} a tenant-wide secret`}
        >
          A group secret with a tenant-wide secret&apos;s name replaces its copy in that group until the service re-syncs. SAP warns that
          critical consumers such as metering then read the wrong value. Select an orange cell to fix it.
        </Alert>
      )}
      <Group gap="sm">
        <TextInput
          aria-label="Filter by name"
          aria-keyshortcuts="/"
          placeholder="Filter by name"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={220}
        />
        <SegmentedControl aria-label="Filter by state" data={FILTERS} value={state} onChange={(v) => setParam('state', v)} />
      </Group>
      <Group gap="md" aria-label="Legend">
        {(Object.keys(CELL_LOOK) as Cell[]).map((c) => (
          <Group key={c} gap={6}>
            <Box
              w={14}
              h={14}
              style={{ borderRadius: 3, background: CELL_LOOK[c].bg, border: '1px solid var(--mantine-color-default-border)' }}
            />
            <Text size="xs">{CELL_LOOK[c].label}</Text>
          </Group>
        ))}
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">No secret matches the filter.</Text>
      ) : (
        <MapGrid rows={shown} groupIds={groupIds} onSelect={onSelect} />
      )}
      {selected && (
        <Suspense fallback={null}>
          <ShadowFixDialog selected={selected} onClose={() => setSelected(null)} />
        </Suspense>
      )}
    </Stack>
  );
}
