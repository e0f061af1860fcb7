import { Anchor, Button, Group, Stack, Switch, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconCopyPlus, IconKey, IconPlus, IconSearch, IconTag } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from '../../lib/router';
import { scopeLabel, summarizeReplication, type Scope, type SecretDetails } from '../../../contract';
import { resourceGroupQueries } from '../../api/resource-groups';
import { secretQueries } from '../../api/secrets';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { form, partOf, plural } from '../../lib/format';
import { fanOutPath } from '../../lib/paths';
import { CreateSecretDrawer } from './create-secret-drawer';
import { DeleteSecretModal } from '../../components/delete-secret-modal';
import { QUOTA_HELP, QuotaMeter, useTenantWideQuota } from '../../components/quota-meter';
import { GroupDeletionNotice, useGroupDeletion } from '../../components/group-deletion-notice';
import { useWriteAccess, WRITE_REASON_ID } from '../../lib/use-write-access';
import { SecretsTable } from './secrets-table';
import { EffectiveTable } from './effective-table';
import { ListFooter } from './list-footer';
import { ScopeExport } from './scope-export';
import { SelectionBar } from './selection-bar';
import { BulkDelete } from './bulk-delete';
import { useEffectiveRows } from './use-effective-rows';
import { EditLoader } from './edit-loader';
import { SCOPE_HELP } from './scope-help';
import { useFilterInputs, useListView, useScopeParam, useSecretRows, type SortKey } from './use-list-view';

export function SecretsPage() {
  const scope = useScopeParam();
  if (!scope) return <ErrorState error={new Error('Unknown scope: use Main tenant, Tenant-wide or a resource group.')} />;
  const key = scope.kind === 'group' ? `group:${scope.resourceGroup}` : scope.kind;
  return <ScopeSecrets key={key} scope={scope} />;
}

function ScopeSecrets({ scope }: { scope: Scope }) {
  const [urlView, setView] = useListView();
  const { filters, change: changeFilters, effective: view } = useFilterInputs(urlView, setView);
  const group = scope.kind === 'group' ? scope.resourceGroup : null;
  const showEffective = group !== null && !view.own;
  const plain = useSecretRows(scope, view, !showEffective);
  const eff = useEffectiveRows(group ?? '', view, showEffective);
  const { query, total, scopeTotal, filtered } = showEffective ? eff : plain;
  const groups = useQuery(resourceGroupQueries.list());
  const tenantWide = useQuery(secretQueries.everything({ kind: 'tenant-wide' }));
  const quota = useTenantWideQuota();
  const [creating, setCreating] = useState(false);
  // ?edit=<name> opens the edit drawer (the replication page links here to rotate); the parameter is then
  // dropped from the URL so that a reload or the back button does not open it again.
  const [searchParams, setSearchParams] = useSearchParams();
  const [editing, setEditing] = useState<string | null>(() => searchParams.get('edit'));
  // Opened by a link from another page (whose control is gone): closing it focuses this secret's Edit button.
  const [editFromLink, setEditFromLink] = useState(() => searchParams.has('edit'));
  useEffect(() => {
    if (!searchParams.has('edit')) return;
    const next = new URLSearchParams(searchParams);
    next.delete('edit');
    setSearchParams(next, { replace: true });
  }, [searchParams, setSearchParams]);
  const [deleting, setDeleting] = useState<SecretDetails | null>(null);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [bulk, setBulk] = useState(false);

  const twNames = useMemo(() => new Set(tenantWide.data?.map((s) => s.name)), [tenantWide.data]);
  const groupCount = groups.data?.length ?? 0;
  const deletion = useGroupDeletion(scope);
  const writes = useWriteAccess();
  const quotaFull = scope.kind === 'tenant-wide' && quota.full;
  const createBlocked = quotaFull || deletion.deleting || !writes.allowed;
  // Keyboard: "/" and "n" come from the shell's one scheme (app/shortcuts.ts), which finds the controls
  // below by their aria-keyshortcuts.
  const filterRef = useRef<HTMLInputElement>(null);
  const onSort = useCallback(
    (k: SortKey) => setView({ sort: k, dir: view.sort === k && view.dir === 'asc' ? 'desc' : 'asc', page: 1 }),
    [setView, view.sort, view.dir],
  );
  const onEdit = useCallback((s: SecretDetails) => {
    setEditFromLink(false);
    setEditing(s.name);
  }, []);
  const onToggle = useCallback(
    (names: string[], on: boolean) =>
      setSelected((prev) => {
        const next = new Set(prev);
        for (const n of names)
          if (on) next.add(n);
          else next.delete(n);
        return next;
      }),
    [],
  );

  // A disabled-looking button that still takes focus, so its tooltip can say why (Mantine's advice).
  const createButton = (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      data-disabled={createBlocked || undefined}
      aria-disabled={createBlocked || undefined}
      aria-describedby={writes.allowed ? undefined : WRITE_REASON_ID}
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
            {SCOPE_HELP[scope.kind](scope)}
          </Text>
        </div>
        <Group align="flex-end">
          {scope.kind === 'tenant-wide' && <QuotaMeter />}
          <ScopeExport scope={scope} />
          {scope.kind !== 'main' && (
            <Button
              component={Link}
              to={fanOutPath(undefined, group ?? undefined)}
              variant="default"
              leftSection={<IconCopyPlus size={16} aria-hidden />}
            >
              Create in several groups
            </Button>
          )}
          {createBlocked ? (
            <Tooltip label={deletion.reason ?? (quotaFull ? QUOTA_HELP : writes.reason)} multiline w={320}>
              {createButton}
            </Tooltip>
          ) : (
            createButton
          )}
        </Group>
      </Group>
      <GroupDeletionNotice scope={scope} />
      {quotaFull && !deletion.deleting && (
        <Text size="sm" c="red" role="status">
          Quota reached: {QUOTA_HELP} Or{' '}
          <Anchor component={Link} to={fanOutPath()} size="sm" underline="always">
            create it in several resource groups at once
          </Anchor>
          .
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
        {group && (
          <Switch
            label="This group's own secrets only"
            checked={view.own}
            onChange={(e) => setView({ own: e.currentTarget.checked, page: 1 })}
          />
        )}
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {query.isSuccess &&
            (filtered ? `${partOf(total, scopeTotal, 'secret')} ${form(total, 'matches', 'match')}` : plural(total, 'secret'))}
        </Text>
      </Group>
      <SelectionBar count={selected.size} onDelete={() => setBulk(true)} onClear={() => setSelected(new Set())} />
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
      ) : showEffective ? (
        <EffectiveTable
          group={group}
          rows={eff.rows}
          loading={eff.query.isPending}
          selected={selected}
          onToggle={onToggle}
          onEdit={onEdit}
          onDelete={setDeleting}
        />
      ) : (
        <SecretsTable
          scope={scope}
          rows={plain.rows}
          loading={plain.query.isPending || plain.query.isPlaceholderData}
          view={view}
          onSort={onSort}
          onEdit={onEdit}
          onDelete={setDeleting}
          tenantWideNames={twNames}
          selected={selected}
          onToggle={onToggle}
        />
      )}
      {query.isSuccess && total > 0 && <ListFooter view={view} total={total} onChange={setView} />}
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
      {editing && <EditLoader scope={scope} name={editing} fromLink={editFromLink} onClose={() => setEditing(null)} />}
      {deleting && <DeleteSecretModal scope={scope} name={deleting.name} groupCount={groupCount} onClose={() => setDeleting(null)} />}
      {bulk && (
        <BulkDelete
          scope={scope}
          names={[...selected].sort()}
          groupCount={groupCount}
          onClose={() => setBulk(false)}
          onDone={() => {
            setBulk(false);
            setSelected(new Set());
          }}
        />
      )}
    </Stack>
  );
}
