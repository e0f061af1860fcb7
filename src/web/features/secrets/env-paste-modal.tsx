import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { parseEnv, type EnvEntry } from './env-parse';

/** Paste a .env block, see what it becomes, then add the rows. Values stay masked in the preview. */
export function EnvPasteModal({ opened, onClose, onAdd }: { opened: boolean; onClose: () => void; onAdd: (entries: EnvEntry[]) => void }) {
  const [text, setText] = useState('');
  const parsed = parseEnv(text);
  const close = () => {
    setText('');
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Paste a .env block" size="lg">
      <Stack>
        <Textarea
          label=".env content"
          description="KEY=value lines; # comments, export and quotes are understood."
          autosize
          minRows={4}
          maxRows={12}
          ff="monospace"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-autofocus
        />
        {parsed.entries.length > 0 && (
          <Table striped withTableBorder aria-label="Rows to add">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Key</Table.Th>
                <Table.Th>Value</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parsed.entries.map((e) => (
                <Table.Tr key={`${e.line}-${e.key}`}>
                  <Table.Td ff="monospace">{e.key}</Table.Td>
                  <Table.Td c="dimmed">{e.value ? `•••••• (${new TextEncoder().encode(e.value).length} bytes)` : '(empty)'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {parsed.problems.length > 0 && (
          <Alert color="yellow" title="Lines that will be skipped">
            {parsed.problems.map((p) => (
              <Text size="sm" key={p.line}>
                Line {p.line}: {p.reason}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            disabled={parsed.entries.length === 0}
            onClick={() => {
              onAdd(parsed.entries);
              setText('');
            }}
          >
            Add {parsed.entries.length} {parsed.entries.length === 1 ? 'row' : 'rows'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
