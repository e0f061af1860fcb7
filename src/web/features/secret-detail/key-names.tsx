// Data key names, only where this browser wrote the secret: the API never returns data, not even its keys.
import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import type { Scope } from '../../../contract';
import { exactTime } from '../../lib/format';
import type { WrittenKeys } from '../../lib/key-names';

export function KeyNames({ written }: { scope: Scope; written: WrittenKeys | null }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="key-names-title">
      <Title order={3} size="h5" id="key-names-title" mb="xs">
        Data keys
      </Title>
      {written ? (
        <>
          <Group gap={6} mb={6}>
            {written.keys.map((k) => (
              <Badge key={k} variant="light" tt="none" ff="monospace">
                {k}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed" data-testid="key-names-source">
            Known because this browser {written.action} it at {exactTime(written.at)}. Kept in this tab&apos;s memory only (names, never
            values), and forgotten on reload; another client may have changed them since.
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed" data-testid="key-names-source">
          Unknown: AI Core never returns a secret&apos;s data, not even its key names. The console shows them only for a secret it created
          or rotated in this tab.
        </Text>
      )}
    </Paper>
  );
}
