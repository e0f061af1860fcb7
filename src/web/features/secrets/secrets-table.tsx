// The secret list: a TanStack Table (headless) rendered with Mantine's Table; paging and sorting are
// driven by the URL.
import { Anchor, Badge, Checkbox, Group, Skeleton, Table, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { createColumnHelper, getCoreRowModel, useReactTable, type ColumnDefTemplate } from '@tanstack/react-table';
import { IconAlertTriangle, IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { Link } from '../../lib/router';
import { summarizeReplication, type Scope, type SecretDetails } from '../../../contract';
import { CreatedAt } from '../../components/created-at';
import { LabelChips } from '../../components/label-chips';
import { plural } from '../../lib/format';
import { secretPath } from '../../lib/paths';
import { RowActions } from './row-actions';
import type { ListView, SortKey } from './use-list-view';

type Props = {
  scope: Scope;
  rows: SecretDetails[];
  loading: boolean;
  view: ListView;
  onSort: (key: SortKey) => void;
  onEdit: (s: SecretDetails) => void;
  onDelete: (s: SecretDetails) => void;
  tenantWideNames: Set<string>;
  selected: Set<string>;
  onToggle: (names: string[], on: boolean) => void;
};

const col = createColumnHelper<SecretDetails>();

/**
 * A header or cell template, called rather than mounted. flexRender mounts a function as a component, and
 * the column functions are new whenever the list refetches, so React would replace every cell, and a
 * keyboard user's focus on a row's Edit or Delete button would fall to the page. Called, the elements stay.
 */
function render<P extends object>(template: ColumnDefTemplate<P> | undefined, props: P): ReactNode {
  return typeof template === 'function' ? (template(props) as ReactNode) : template;
}

function SortHeader({ label, sortKey, view, onSort }: { label: string; sortKey: SortKey; view: ListView; onSort: (k: SortKey) => void }) {
  const active = view.sort === sortKey;
  const Icon = !active ? IconSelector : view.dir === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <UnstyledButton onClick={() => onSort(sortKey)} aria-label={`Sort by ${label.toLowerCase()}`}>
      <Group gap={4} wrap="nowrap">
        <Text fw={700} size="sm">
          {label}
        </Text>
        <Icon size={14} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

/** Priority columns: on a phone the name, replication and actions stay; these show from the "sm" width up. */
const WIDE_ONLY = new Set(['createdAt', 'labels']);
const visibleFrom = (id: string) => (WIDE_ONLY.has(id) ? 'sm' : undefined);

export function SecretsTable({ scope, rows, loading, view, onSort, onEdit, onDelete, tenantWideNames, selected, onToggle }: Props) {
  const pageNames = rows.map((r) => r.name);
  const allOn = pageNames.length > 0 && pageNames.every((n) => selected.has(n));
  const someOn = !allOn && pageNames.some((n) => selected.has(n));
  const columns = useMemo(
    () => [
      col.display({
        id: 'select',
        header: () => (
          <Checkbox
            aria-label="Select every secret on this page"
            checked={allOn}
            indeterminate={someOn}
            onChange={() => onToggle(pageNames, !allOn)}
          />
        ),
        cell: (info) => (
          <Checkbox
            aria-label={`Select ${info.row.original.name}`}
            checked={selected.has(info.row.original.name)}
            onChange={(e) => onToggle([info.row.original.name], e.currentTarget.checked)}
          />
        ),
      }),
      col.accessor('name', {
        header: () => <SortHeader label="Name" sortKey="name" view={view} onSort={onSort} />,
        cell: (info) => {
          const name = info.getValue();
          return (
            <Group gap={6} wrap="nowrap">
              <Anchor component={Link} to={secretPath(scope, name)} ff="monospace" size="sm">
                {name}
              </Anchor>
              {scope.kind === 'group' && tenantWideNames.has(name) && (
                <Tooltip
                  label="A tenant-wide secret has this name: this group secret replaces its copy here until the re-sync. SAP warns this breaks metering."
                  multiline
                  w={300}
                >
                  <Badge color="orange" variant="filled" size="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />} tabIndex={0}>
                    shadows tenant-wide
                  </Badge>
                </Tooltip>
              )}
            </Group>
          );
        },
      }),
      col.accessor('createdAt', {
        header: () => <SortHeader label="Created" sortKey="created" view={view} onSort={onSort} />,
        cell: (info) => <CreatedAt value={info.getValue()} />,
      }),
      col.accessor('labels', { header: 'Labels', cell: (info) => <LabelChips labels={info.getValue()} /> }),
      ...(scope.kind === 'tenant-wide'
        ? [
            col.accessor('syncStatus', {
              header: 'Replication',
              cell: (info) => {
                const s = summarizeReplication(info.getValue());
                return (
                  <Badge color={s.complete ? 'teal' : 'yellow'} variant="light">
                    {s.inSync}/{plural(s.total, 'group')}
                  </Badge>
                );
              },
            }),
          ]
        : []),
      col.display({
        id: 'actions',
        header: () => <VisuallyHidden>Actions</VisuallyHidden>,
        cell: (info) => <RowActions secret={info.row.original} onEdit={onEdit} onDelete={onDelete} />,
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pageNames follows rows
    [scope, view, onSort, onEdit, onDelete, tenantWideNames, selected, onToggle, allOn, someOn, rows],
  );
  // TanStack Table's instance is not memoisable by the React Compiler; this component is small and re-renders cheaply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualPagination: true, manualSorting: true });

  return (
    <Table.ScrollContainer
      minWidth={320}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': 'Secrets, scrollable' } }}
    >
      <Table highlightOnHover verticalSpacing="xs" aria-label="Secrets" aria-busy={loading}>
        <Table.Thead>
          {table.getHeaderGroups().map((hg) => (
            <Table.Tr key={hg.id}>
              {hg.headers.map((h) => (
                <Table.Th key={h.id} visibleFrom={visibleFrom(h.column.id)}>
                  {render(h.column.columnDef.header, h.getContext())}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {loading && rows.length === 0
            ? Array.from({ length: 5 }, (_, i) => (
                <Table.Tr key={i}>
                  {columns.map((_c, j) => (
                    <Table.Td key={j}>
                      <Skeleton height={18} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))
            : table.getRowModel().rows.map((row) => (
                <Table.Tr key={row.id} data-testid={`secret-row-${row.original.name}`}>
                  {row.getVisibleCells().map((cell) => (
                    <Table.Td key={cell.id} visibleFrom={visibleFrom(cell.column.id)}>
                      {render(cell.column.columnDef.cell, cell.getContext())}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
