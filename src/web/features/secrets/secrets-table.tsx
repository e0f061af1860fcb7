// The secret list: a TanStack Table (headless) rendered with Mantine's Table; paging and sorting are
// driven by the URL.
import { ActionIcon, Anchor, Badge, Group, Skeleton, Table, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { IconAlertTriangle, IconChevronDown, IconChevronUp, IconEdit, IconSelector, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { summarizeReplication, type Scope, type SecretDetails } from '../../../contract';
import { LabelChips } from '../../components/label-chips';
import { exactTime, relativeTime } from '../../lib/format';
import { tenantWideSecretPath } from '../../lib/paths';
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
};

const col = createColumnHelper<SecretDetails>();

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

export function SecretsTable({ scope, rows, loading, view, onSort, onEdit, onDelete, tenantWideNames }: Props) {
  const columns = useMemo(
    () => [
      col.accessor('name', {
        header: () => <SortHeader label="Name" sortKey="name" view={view} onSort={onSort} />,
        cell: (info) => {
          const name = info.getValue();
          return (
            <Group gap={6} wrap="nowrap">
              {scope.kind === 'tenant-wide' ? (
                <Anchor component={Link} to={tenantWideSecretPath(name)} ff="monospace" size="sm">
                  {name}
                </Anchor>
              ) : (
                <Text ff="monospace" size="sm">
                  {name}
                </Text>
              )}
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
        cell: (info) => (
          <Tooltip label={exactTime(info.getValue())}>
            <Text size="sm" tabIndex={0}>
              {relativeTime(info.getValue())}
            </Text>
          </Tooltip>
        ),
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
                    {s.inSync}/{s.total} groups
                  </Badge>
                );
              },
            }),
          ]
        : []),
      col.display({
        id: 'actions',
        header: () => <VisuallyHidden>Actions</VisuallyHidden>,
        cell: (info) => {
          const s = info.row.original;
          return (
            <Group gap={4} justify="flex-end" wrap="nowrap">
              <Tooltip label={`Rotate or edit ${s.name}`}>
                <ActionIcon variant="subtle" aria-label={`Edit ${s.name}`} onClick={() => onEdit(s)}>
                  <IconEdit size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={`Delete ${s.name}`}>
                <ActionIcon variant="subtle" color="red" aria-label={`Delete ${s.name}`} onClick={() => onDelete(s)}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          );
        },
      }),
    ],
    [scope, view, onSort, onEdit, onDelete, tenantWideNames],
  );
  // TanStack Table's instance is not memoisable by the React Compiler; this component is small and re-renders cheaply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualPagination: true, manualSorting: true });

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="xs" aria-label="Secrets" aria-busy={loading}>
        <Table.Thead>
          {table.getHeaderGroups().map((hg) => (
            <Table.Tr key={hg.id}>
              {hg.headers.map((h) => (
                <Table.Th key={h.id}>{flexRender(h.column.columnDef.header, h.getContext())}</Table.Th>
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
                    <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
