// Paste a .env block, see what it becomes, then add the rows. Values stay masked in the preview; a value
// a text box cannot hold exactly (one with a CR) is added as Base64, which keeps every byte, and the
// preview says so.
import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { DATA_KEYS_MAX } from '../../../contract';
import { byteCount, plural } from '../../lib/format';
import { parseEnv, type EnvEntry } from './env-parse';
import { textareaKeeps, usePasteCheck } from './paste-check';

const utf8 = new TextEncoder();

function masked(value: string): string {
  if (!value) return '(empty)';
  const lines = value.replace(/\n$/, '').split('\n').length;
  return `•••••• (${lines > 1 ? `${plural(lines, 'line')}, ` : ''}${byteCount(utf8.encode(value).length)})`;
}

type Props = {
  opened: boolean;
  onClose: () => void;
  onAdd: (entries: EnvEntry[]) => void;
  /** How many more keys the secret can take (DATA_KEYS_MAX less the rows already there). */
  room: number;
};

export function EnvPasteModal({ opened, onClose, onAdd, room }: Props) {
  const [text, setText] = useState('');
  const paste = usePasteCheck();
  const parsed = parseEnv(text);
  const asBase64 = parsed.entries.filter((e) => !textareaKeeps(e.value));
  const tooMany = parsed.entries.length > room;
  const close = () => {
    setText('');
    paste.clear();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Paste a .env block" size="lg">
      <Stack>
        <Textarea
          label=".env content"
          description="KEY=value lines; # comments, export and quotes are understood. Quoted values may span lines."
          autosize
          minRows={4}
          maxRows={12}
          ff="monospace"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          data-gramm="false"
          value={text}
          onPaste={paste.onPaste}
          onChange={(e) => {
            setText(e.currentTarget.value);
            paste.afterInput(e);
          }}
          data-autofocus
        />
        {/* CR LF between lines only separates entries; it matters where a quoted value spans lines. */}
        {paste.loss && (!paste.loss.carriageReturn || parsed.entries.some((e) => e.value.includes('\n'))) && (
          <Alert
            role="status"
            color="orange"
            variant="light"
            title={paste.loss.carriageReturn ? 'CR LF line ends become LF here' : 'The pasted text was changed'}
          >
            <Text size="sm">
              {paste.loss.carriageReturn
                ? 'The pasted block has CR LF (Windows) line ends, and a text box keeps only LF: a quoted value that spans lines gets LF line ends. '
                : 'The browser changed the pasted text: a text box cannot hold some of its characters. '}
              To keep every byte, write the value with \r\n inside double quotes, or use File or Base64 on its row.
            </Text>
          </Alert>
        )}
        {tooMany && (
          <Alert color="red" variant="light" title="Too many keys">
            This block has {plural(parsed.entries.length, 'entry', 'entries')}, and the secret has room for{' '}
            {plural(Math.max(0, room), 'more key', 'more keys')} (a secret holds at most {DATA_KEYS_MAX} keys). Nothing was added.
          </Alert>
        )}
        {parsed.entries.length > 0 && !tooMany && (
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
                  <Table.Td c="dimmed">
                    {masked(e.value)}
                    {!textareaKeeps(e.value) && ', as Base64'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {asBase64.length > 0 && (
          <Alert color="blue" variant="light" title="Added as Base64">
            {asBase64.map((e) => (
              <Text size="sm" key={e.line}>
                {e.key} contains a carriage return (CR), which a text box would turn into LF: it is added as Base64, which keeps every byte.
              </Text>
            ))}
          </Alert>
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
            disabled={parsed.entries.length === 0 || tooMany}
            onClick={() => {
              onAdd(parsed.entries);
              setText('');
              paste.clear();
            }}
          >
            Add {plural(parsed.entries.length, 'row')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
