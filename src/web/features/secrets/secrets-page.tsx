import { Button, Group, Pagination, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconKey, IconPlus, IconSearch, IconTag } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useHotkeys } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { scopeLabel, summarizeReplication, type Scope, type SecretDetails } from '../../../contract';
import { resourceGroupQueries } from '../../api/resource-groups';
import { secretQueries } from '../../api/secrets';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { plural } from '../../lib/format';
import { CreateSecretDrawer } from './create-secret-drawer';
import { DeleteSecretModal } from '../../components/delete-secret-modal';
import { EditSecretDrawer } from './edit-secret-drawer';
import { QUOTA_HELP, QuotaMeter, useTenantWideQuota } from '../../components/quota-meter';
import { SecretsTable } from './secrets-table';
import { PAGE_SIZE, useFilterInputs, useListView, useScopeParam, useSecretRows, type SortKey } from './use-list-view';

const SCOPE_HELP: Record<Scope['kind'], string> = {
  main: 'Secrets of the main tenant, for the tenant itself (AI-Tenant-Scope: true).',
  'tenant-wide':
    'Tenant-wide secrets are replicated by the service into every resource group (AI-Tenant-Scope: true with AI-Resource-Group: *).',
  group: 'Secrets of one resource group (AI-Resource-Group: <id>).',
};

export function SecretsPage() {
  const scope = useScopeParam();
  if (!scope) return <ErrorState error={new Error('Unknown scope: use Main tenant, Tenant-wide or a resource group.')} />;
  const key = scope.kind === 'group' ? `group:${scope.resourceGroup}` : scope.kind;
  return <ScopeSecrets key={key} scope={scope} />;
}

function EditLoader({ scope, name, onClose }: { scope: Scope; name: string; onClose: () => void }) {
  const detail = useQuery(secretQueries.detail(scope, name));
  if (detail.isError) return null;
  return detail.data ? <EditSecretDrawer scope={scope} secret={detail.data} onClose={onClose} /> : null;
}

function ScopeSecrets({ scope }: { scope: Scope }) {
  const [urlView, setView] = useListView();
  const { filters, change: changeFilters, effective: view } = useFilterInputs(urlView, setView);
  const { query, rows, total, scopeTotal, filtered } = useSecretRows(scope, view);
  const groups = useQuery(resourceGroupQueries.list());
  const tenantWide = useQuery(secretQueries.everything({ kind: 'tenant-wide' }));
  const quota = useTenantWideQuota();
  const [creating, setCreating] = useState(false);
  // ?edit=<name> opens the edit drawer (the replication page links here to rotate); the parameter is then
  // dropped from the URL so that a reload or the back button does not open it again.
  const [searchParams, setSearchParams] = useSearchParams();
  const [editing, setEditing] = useState<string | null>(() => searchParams.get('edit'));
  useEffect(() => {
    if (!searchParams.has('edit')) return;
    const next = new URLSearchParams(searchParams);
    next.delete('edit');
    setSearchParams(next, { replace: true });
  }, [searchParams, setSearchParams]);
  const [deleting, setDeleting] = useState<SecretDetails | null>(null);

  const twNames = useMemo(() => new Set(tenantWide.data?.map((s) => s.name)), [tenantWide.data]);
  const groupCount = groups.data?.length ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const createBlocked = scope.kind === 'tenant-wide' && quota.full;
  // Keyboard: "/" jumps to the name filter, "n" starts a new secret (ignored while typing in a field).
  const filterRef = useRef<HTMLInputElement>(null);
  useHotkeys([
    ['/', () => filterRef.current?.focus()],
    ['n', () => !createBlocked && setCreating(true)],
  ]);
  const onSort = useCallback(
    (k: SortKey) => setView({ sort: k, dir: view.sort === k && view.dir === 'asc' ? 'desc' : 'asc', page: 1 }),
    [setView, view.sort, view.dir],
  );
  const onEdit = useCallback((s: SecretDetails) => setEditing(s.name), []);

  // A disabled-looking button that still takes focus, so its tooltip can say why (Mantine's advice).
  const createButton = (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      data-disabled={createBlocked || undefined}
      aria-disabled={createBlocked || undefined}
      aria-keyshortcuts="n"
      onClick={(e) => (createBlocked ? e.preventDefault() : setCreating(true))}
    >
      New secret
    </Button>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{scopeLabel(scope)}</Title>
          <Text c="dimmed" size="sm">
            {SCOPE_HELP[scope.kind]}
          </Text>
        </div>
        <Group align="flex-end">
          {scope.kind === 'tenant-wide' && <QuotaMeter />}
          {createBlocked ? (
            <Tooltip label={QUOTA_HELP} multiline w={320}>
              {createButton}
            </Tooltip>
          ) : (
            createButton
          )}
        </Group>
      </Group>
      {createBlocked && (
        <Text size="sm" c="red" role="status">
          Quota reached: {QUOTA_HELP}
        </Text>
      )}
      <Group gap="sm">
        <TextInput
          ref={filterRef}
          aria-label="Filter by name"
          aria-keyshortcuts="/"
          placeholder="Filter by name  ( / )"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={filters.q}
          onChange={(e) => changeFilters({ q: e.currentTarget.value })}
          w={240}
        />
        <TextInput
          aria-label="Filter by label"
          placeholder="Label, e.g. team=nlp"
          leftSection={<IconTag size={14} aria-hidden />}
          value={filters.label}
          onChange={(e) => changeFilters({ label: e.currentTarget.value })}
          w={240}
        />
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {query.isSuccess && (filtered ? `${total} of ${plural(scopeTotal, 'secret')} match` : plural(total, 'secret'))}
        </Text>
      </Group>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not list the secrets" />
      ) : query.isSuccess && scopeTotal === 0 ? (
        <EmptyState
          icon={<IconKey aria-hidden />}
          title={`No secrets in ${scopeLabel(scope).toLowerCase()} yet`}
          action={!createBlocked && createButton}
        >
          {scope.kind === 'tenant-wide'
            ? 'A tenant-wide secret reaches every resource group: create one for credentials every team needs.'
            : 'Create one: type or paste the values as plain text, or drop a file. The console encodes them for you.'}
        </EmptyState>
      ) : query.isSuccess && total === 0 ? (
        <EmptyState icon={<IconSearch aria-hidden />} title="No secret matches the filter">
          <Button variant="subtle" onClick={() => changeFilters({ q: '', label: '' })}>
            Clear the filter
          </Button>
        </EmptyState>
      ) : (
        <SecretsTable
          scope={scope}
          rows={rows}
          loading={query.isPending || query.isPlaceholderData}
          view={view}
          onSort={onSort}
          onEdit={onEdit}
          onDelete={setDeleting}
          tenantWideNames={twNames}
        />
      )}
      {pages > 1 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Page {view.page} of {pages}
          </Text>
          <Pagination
            total={pages}
            value={view.page}
            onChange={(p) => setView({ page: p })}
            getControlProps={(c) => ({ 'aria-label': `${c} page` })}
            getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
          />
        </Group>
      )}
      {scope.kind === 'tenant-wide' && tenantWide.data && tenantWide.data.some((s) => !summarizeReplication(s.syncStatus).complete) && (
        <Text size="sm" c="dimmed">
          Some tenant-wide secrets are still replicating: open one to watch it reach every group.
        </Text>
      )}
      <CreateSecretDrawer
        scope={scope}
        opened={creating}
        onClose={() => setCreating(false)}
        tenantWideNames={[...twNames]}
        groupCount={groupCount}
      />
      {editing && <EditLoader scope={scope} name={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteSecretModal scope={scope} name={deleting.name} groupCount={groupCount} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}
