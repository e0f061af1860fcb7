// A group's effective secrets: each row says where it comes from (the group, tenant-wide, or both: the
// group's secret shadows the tenant-wide one) and whether this group's tenant-wide copy is replicated.
import { Anchor, Badge, Button, Checkbox, Group, type GroupProps, Skeleton, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from '../../lib/router';
import type { SecretDetails } from '../../../contract';
import { CreatedAt } from '../../components/created-at';
import { LabelChips } from '../../components/label-chips';
import { secretPath, tenantWideSecretPath } from '../../lib/paths';
import { rowSecret, type EffectiveRow } from './effective-model';
import { RowActions } from './row-actions';

type Props = {
  group: string;
  rows: EffectiveRow[];
  loading: boolean;
  selected: Set<string>;
  onToggle: (names: string[], on: boolean) => void;
  onEdit: (s: SecretDetails) => void;
  onDelete: (s: SecretDetails) => void;
};

function InThisGroup({ row, onFix }: { row: EffectiveRow; onFix: () => void }) {
  if (row.shadows)
    return (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={600} miw={0}>
          The group&apos;s value replaces the tenant-wide copy
        </Text>
        <Tooltip label="Delete the group's secret: the tenant-wide copy is written again" multiline w={260}>
          <Button size="compact-xs" color="orange" onClick={onFix} aria-label={`Fix: delete the group's ${row.name}`}>
            Fix
          </Button>
        </Tooltip>
      </Group>
    );
  if (!row.tenantWide) return <Text size="sm">The group&apos;s own</Text>;
  return row.replicated ? (
    <Badge color="teal" variant="light">
      replicated here
    </Badge>
  ) : (
    <Badge color="yellow" variant="light">
      not yet replicated here
    </Badge>
  );
}

function OriginBadges({ row: r, ...box }: { row: EffectiveRow } & Pick<GroupProps, 'mt'>) {
  return (
    <Group gap={4} wrap="wrap" {...box}>
      {r.own && (
        <Badge variant="light" color="blue">
          group
        </Badge>
      )}
      {r.tenantWide && (
        <Badge variant="light" color="grape">
          tenant-wide
        </Badge>
      )}
      {r.shadows && (
        <Badge color="orange" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
          shadows tenant-wide
        </Badge>
      )}
    </Group>
  );
}

export function EffectiveTable({ group, rows, loading, selected, onToggle, onEdit, onDelete }: Props) {
  const selectable = rows.filter((r) => r.own).map((r) => r.name);
  const allOn = selectable.length > 0 && selectable.every((n) => selected.has(n));
  // One place for the origin (never two copies in the page): its own column from Mantine's "sm" width up.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table highlightOnHover verticalSpacing="xs" aria-label="Effective secrets" aria-busy={loading}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                aria-label="Select every group secret on this page"
                checked={allOn}
                indeterminate={!allOn && selectable.some((n) => selected.has(n))}
                disabled={selectable.length === 0}
                onChange={() => onToggle(selectable, !allOn)}
              />
            </Table.Th>
            <Table.Th>Name</Table.Th>
            {wide && <Table.Th>Origin</Table.Th>}
            <Table.Th>In this group</Table.Th>
            {/* Priority columns: on a phone the name, origin, this group's copy and the actions stay. */}
            <Table.Th visibleFrom="sm">Created</Table.Th>
            <Table.Th visibleFrom="sm">Labels</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && rows.length === 0
            ? Array.from({ length: 5 }, (_, i) => (
                <Table.Tr key={i}>
                  <Table.Td colSpan={7}>
                    <Skeleton height={18} />
                  </Table.Td>
                </Table.Tr>
              ))
            : rows.map((r) => {
                const s = rowSecret(r);
                return (
                  <Table.Tr key={r.name} data-testid={`secret-row-${r.name}`}>
                    <Table.Td>
                      {r.own && (
                        <Checkbox
                          aria-label={`Select ${r.name}`}
                          checked={selected.has(r.name)}
                          onChange={(e) => onToggle([r.name], e.currentTarget.checked)}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={r.own ? secretPath({ kind: 'group', resourceGroup: group }, r.name) : tenantWideSecretPath(r.name)}
                        ff="monospace"
                        size="sm"
                      >
                        {r.name}
                      </Anchor>
                      {/* On a phone the origin goes under the name, so the row keeps its actions on screen. */}
                      {!wide && <OriginBadges row={r} mt={4} />}
                    </Table.Td>
                    {wide && (
                      <Table.Td>
                        <OriginBadges row={r} />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <InThisGroup row={r} onFix={() => r.own && onDelete(r.own)} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <CreatedAt value={s.createdAt} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <LabelChips labels={s.labels} />
                    </Table.Td>
                    <Table.Td>{r.own ? <RowActions secret={r.own} onEdit={onEdit} onDelete={onDelete} /> : null}</Table.Td>
                  </Table.Tr>
                );
              })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
