// Key/value rows (data or labels): add, edit, remove. Values are kept exactly as typed.
import { ActionIcon, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Row } from './fan-out-model';

type Props = { rows: Row[]; onChange: (rows: Row[]) => void; noun: 'Key' | 'Label'; keyPlaceholder: string; multiline?: boolean };

export function RowsInput({ rows, onChange, noun, keyPlaceholder, multiline }: Props) {
  const set = (i: number, patch: Partial<Row>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap={6}>
      {rows.map((r, i) => (
        // On a phone the key takes a line and its value the next; the remove button stays beside both.
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
          <Group align="flex-start" gap="xs" style={{ flex: 1, minWidth: 0 }}>
            <TextInput
              aria-label={`${noun} ${i + 1}${noun === 'Label' ? ' key' : ''}`}
              placeholder={keyPlaceholder}
              value={r.key}
              onChange={(e) => set(i, { key: e.currentTarget.value })}
              style={{ flex: '1 1 180px', maxWidth: 260 }}
              autoComplete="off"
            />
            {multiline ? (
              <Textarea
                aria-label={`Value ${i + 1}`}
                placeholder="Value, as plain text (encoded as UTF-8)"
                value={r.value}
                onChange={(e) => set(i, { value: e.currentTarget.value })}
                autosize
                minRows={1}
                style={{ flex: '3 1 180px' }}
                autoComplete="off"
                spellCheck={false}
              />
            ) : (
              <TextInput
                aria-label={`${noun} ${i + 1} value`}
                placeholder="value"
                value={r.value}
                onChange={(e) => set(i, { value: e.currentTarget.value })}
                style={{ flex: '3 1 180px' }}
              />
            )}
          </Group>
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            aria-label={`Remove ${noun.toLowerCase()} ${i + 1}`}
            disabled={noun === 'Key' && rows.length === 1}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => onChange([...rows, { key: '', value: '' }])}
      >
        {noun === 'Key' ? 'Add a key' : 'Add label'}
      </Button>
    </Stack>
  );
}
