// What a label save would do, line by line: PATCH replaces the whole set, so removals are shown as plainly as additions.
import { Code, List, Text } from '@mantine/core';
import type { LabelDiff } from './group-labels-model';

export function LabelsDiff({ diff, label = 'Label changes' }: { diff: LabelDiff; label?: string }) {
  return (
    <List spacing={4} size="sm" aria-label={label} listStyleType="none">
      {diff.added.map((l) => (
        <List.Item key={`a-${l.key}`} c="teal.9">
          <Text span fw={700}>
            Added
          </Text>{' '}
          <Code>{l.key}</Code> = <Code>{l.value}</Code>
        </List.Item>
      ))}
      {diff.changed.map((c) => (
        <List.Item key={`c-${c.key}`} c="var(--mantine-color-yellow-light-color)">
          <Text span fw={700}>
            Changed
          </Text>{' '}
          <Code>{c.key}</Code>: <Code>{c.from}</Code> → <Code>{c.to}</Code>
        </List.Item>
      ))}
      {diff.removed.map((l) => (
        <List.Item key={`r-${l.key}`} c="red">
          <Text span fw={700}>
            Removed
          </Text>{' '}
          <Code>{l.key}</Code> = <Code>{l.value}</Code>
        </List.Item>
      ))}
      {diff.kept.length > 0 && <List.Item c="dimmed">Unchanged: {diff.kept.map((l) => l.key).join(', ')}</List.Item>}
    </List>
  );
}
