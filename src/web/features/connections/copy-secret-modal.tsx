// "Copy to": re-creates a secret on the other side with its labels, and its data key names where this tab wrote
// them itself. Values can never be read from AI Core, so the admin types or pastes them here.
import { Alert, Button, Code, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { checkDataKey, dataSchema, describeIssues, textToBase64, type SecretDetails } from '../../../contract';
import { ApiError } from '../../api/client';
import { LabelChips } from '../../components/label-chips';
import { knownKeyNames } from '../../lib/key-names';
import { notifySuccess } from '../../lib/notify';
import { useReturnFocus } from '../../lib/use-return-focus';
import { WriteCancelled } from '../../lib/protected-write';
import { sideName, type Side } from './compare-model';
import { useCopySecret } from './compare-queries';

type Row = { id: number; key: string; value: string; known: boolean };
type Props = { secret: SecretDetails; from: Side; to: Side; onClose: () => void };

let nextId = 0;
const row = (key = '', known = false): Row => ({ id: nextId++, key, value: '', known });

export function CopySecretModal({ secret, from, to, onClose }: Props) {
  const known = knownKeyNames({ ...from, name: secret.name });
  // Mounted to open, unmounted to close: focus goes back to the row's Copy button (or the page's heading).
  useReturnFocus();
  const [rows, setRows] = useState<Row[]>(() => (known?.length ? known.map((k) => row(k, true)) : [row()]));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const copy = useCopySecret();

  const update = (id: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.id === id ? { ...r, ...patch } : r)));

  const submit = () => {
    const found: Record<number, string> = {};
    const seen = new Set<string>();
    for (const r of rows) {
      const problem = checkDataKey(r.key);
      if (problem) found[r.id] = `Key ${problem}`;
      else if (seen.has(r.key)) found[r.id] = `Key ${r.key} is given twice`;
      else if (r.value === '') found[r.id] = `Enter the value of ${r.key}`;
      seen.add(r.key);
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    // Text as typed or pasted, byte for byte, encoded as UTF-8.
    const data = Object.fromEntries(rows.map((r) => [r.key, textToBase64(r.value)]));
    const checked = dataSchema.safeParse(data);
    if (!checked.success) return setFailure(describeIssues(checked.error, ['data']).message);
    setFailure(null);
    copy.mutate(
      { target: to, name: secret.name, data, labels: secret.labels },
      {
        onSuccess: () => {
          notifySuccess(`Copied ${secret.name} to ${sideName(to)}`);
          onClose();
        },
        onError: (err) => {
          if (err instanceof WriteCancelled) return;
          setFailure(`${err.message}${err instanceof ApiError && err.requestId ? ` (request id ${err.requestId})` : ''}`);
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Copy ${secret.name} to ${sideName(to)}`} size="lg" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Text size="sm">
            Creates <Code>{secret.name}</Code> in <strong>{sideName(to)}</strong> with the labels it has in {sideName(from)}.
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Labels, copied as they are
            </Text>
            {secret.labels.length ? (
              <LabelChips labels={secret.labels} max={20} />
            ) : (
              <Text size="sm" c="dimmed">
                none
              </Text>
            )}
          </Stack>
          <Text size="sm" c="dimmed">
            {known?.length
              ? 'The key names come from when this console wrote the secret. AI Core never returns values: enter each one.'
              : 'AI Core never returns key names or values: enter them. Each value is sent as typed, Base64-encoded (UTF-8).'}
          </Text>
          {rows.map((r, i) => (
            <Group key={r.id} align="flex-start" wrap="nowrap">
              <TextInput
                label={`Key ${i + 1}`}
                value={r.key}
                readOnly={r.known}
                onChange={(e) => update(r.id, { key: e.currentTarget.value })}
                autoComplete="off"
                spellCheck={false}
                w={220}
              />
              <Textarea
                label={r.known ? `Value of ${r.key}` : `Value ${i + 1}`}
                value={r.value}
                onChange={(e) => update(r.id, { value: e.currentTarget.value })}
                error={errors[r.id]}
                autosize
                minRows={1}
                maxRows={6}
                autoComplete="off"
                spellCheck={false}
                style={{ flex: 1 }}
                data-autofocus={i === 0 || undefined}
              />
              {!r.known && rows.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  mt={24}
                  aria-label={`Remove key ${i + 1}`}
                  onClick={() => setRows(rows.filter((x) => x.id !== r.id))}
                >
                  <IconTrash size={16} aria-hidden />
                </Button>
              )}
            </Group>
          ))}
          {!known?.length && (
            <Group>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => setRows([...rows, row()])}
              >
                Add key
              </Button>
            </Group>
          )}
          {failure && (
            <Alert color="red" role="alert" title="Not copied">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={copy.isPending}>
              Copy to {to.connection}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
