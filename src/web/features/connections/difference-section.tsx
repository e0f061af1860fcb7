import { Badge, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { title: string; count: number; empty: string; children: ReactNode };

/** One list of Compare: a titled region with its count, and a sentence in place of an empty table. */
export function DifferenceSection({ title, count, empty, children }: Props) {
  return (
    <section aria-label={title}>
      <Title order={3} size="h4" mb="xs">
        {title}{' '}
        <Badge variant="light" color="gray">
          {count}
        </Badge>
      </Title>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </section>
  );
}
