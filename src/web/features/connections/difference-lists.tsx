import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import type { SecretDetails } from '../../../contract';
import { LabelChips } from '../../components/label-chips';
import type { LabelChange, Side } from './compare-model';
import { sideName } from './compare-model';
import { compareQueries } from './compare-queries';
import { DifferenceSection } from './difference-section';

export type CopyRequest = { secret: SecretDetails; from: Side; to: Side };

/** The names only `from` has, each with a button that copies it to `to`. */
type OneSideProps = { from: Side; to: Side; secrets: SecretDetails[]; onCopy: (request: CopyRequest) => void };

export function OneSideOnly({ from, to, secrets, onCopy }: OneSideProps) {
  const status = useQuery(compareQueries.status(to.connection));
  const reasonId = useId();
  const blocked = status.data && !status.data.writes.allowed ? `${to.connection}: ${status.data.writes.reason}` : null;
  return (
    <DifferenceSection title={`Only in ${sideName(from)}`} count={secrets.length} empty="None.">
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Labels</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {secrets.map((s) => (
            <Table.Tr key={s.name}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {s.name}
                </Text>
              </Table.Td>
              <Table.Td>
                {s.labels.length ? (
                  <LabelChips labels={s.labels} />
                ) : (
                  <Text size="sm" c="dimmed">
                    none
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconCopy size={14} aria-hidden />}
                  disabled={Boolean(blocked)}
                  aria-describedby={blocked ? reasonId : undefined}
                  aria-label={`Copy to ${sideName(to)}: ${s.name}`}
                  onClick={() => onCopy({ secret: s, from, to })}
                >
                  Copy to {to.connection}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {blocked && (
        <Text id={reasonId} size="sm" c="dimmed" mt={4}>
          Copying is disabled. {blocked}.
        </Text>
      )}
    </DifferenceSection>
  );
}

const shown = (value: string | null) =>
  value === null ? (
    <Text size="sm" c="dimmed" fs="italic">
      no label
    </Text>
  ) : (
    <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
      {value === '' ? '""' : value}
    </Text>
  );

export function LabelDifferences({ left, right, rows }: { left: string; right: string; rows: { name: string; changes: LabelChange[] }[] }) {
  return (
    <DifferenceSection title="Labels differ" count={rows.length} empty="No name on both sides has different labels.">
      // Four columns do not fit a phone: the table scrolls sideways in its own region, which keyboard users // can reach and scroll too
      (WCAG 2.1.1), and the page itself never does.
      <Table.ScrollContainer type="native" minWidth={560} tabIndex={0} role="region" aria-label="Label differences, scrollable">
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Label</Table.Th>
              <Table.Th>{left}</Table.Th>
              <Table.Th>{right}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.flatMap((row) =>
              row.changes.map((change, i) => (
                <Table.Tr key={`${row.name}|${change.key}`}>
                  <Table.Td>
                    <Text ff="monospace" size="sm" c={i === 0 ? undefined : 'dimmed'}>
                      {row.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="sm">
                      {change.key}
                    </Text>
                  </Table.Td>
                  <Table.Td>{shown(change.left)}</Table.Td>
                  <Table.Td>{shown(change.right)}</Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </DifferenceSection>
  );
}
