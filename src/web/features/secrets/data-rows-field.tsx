// Key/value rows: values typed or pasted as plain text (multi-line, masked, with reveal), given as Base64,
// or taken from a dropped file. The browser encodes text as UTF-8 and files byte for byte.
import { ActionIcon, Button, FileButton, Group, SegmentedControl, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconFileUpload, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useFieldArray, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { bytesToBase64, DATA_KEYS_MAX, textToBase64 } from '../../../contract';
import { byteCount } from '../../lib/format';
import { EnvPasteModal } from './env-paste-modal';
import { emptyRow, rowFromText, type DataMode, type DataRow } from './form-model';
import { SecretValueInput } from './secret-value-input';

type RowsForm = { rows: DataRow[] };

async function readFile(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

const keyFromFileName = (name: string) => name.replace(/[^-._a-zA-Z0-9]/g, '_').slice(0, 253) || 'file';

/**
 * `onDialogChange` tells the drawer around it when the .env dialog opens and closes: Mantine closes every
 * open drawer and modal on Escape (they listen on the window), so the drawer must not, while the dialog is
 * open, or one Escape would discard the whole form.
 */
export function DataRowsField({ onDialogChange }: { onDialogChange?: (open: boolean) => void }) {
  const { control, register, setValue, setFocus, trigger, formState } = useFormContext<RowsForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'rows' });
  const rows = useWatch({ control, name: 'rows' });
  const [pasteOpen, setPasteOpenState] = useState(false);
  const setPasteOpen = (open: boolean) => {
    setPasteOpenState(open);
    onDialogChange?.(open);
  };
  const errors = formState.errors as FieldErrors<RowsForm>;
  // After the first Review, a change re-checks every row: an error may sit on the array (the size limit)
  // or on a field other than the one that changed (a value error fixed by picking a file).
  const revalidate = () => (formState.isSubmitted ? void trigger('rows') : undefined);
  const putRow = (index: number, row: DataRow) => {
    setValue(`rows.${index}`, row, { shouldDirty: true });
    revalidate();
  };

  const putFile = async (index: number, file: File) => {
    const b64 = await readFile(file);
    const current = rows[index];
    putRow(index, {
      key: current?.key || keyFromFileName(file.name),
      mode: 'file',
      value: '',
      fileName: `${file.name} (${byteCount(file.size)})`,
      fileBase64: b64,
    });
  };
  // Only a dropped file is the row's; dropped text goes into the value box as the browser does it.
  const hasFile = (e: DragEvent) => e.dataTransfer.types.includes('Files');
  const onDrop = (index: number) => async (e: DragEvent) => {
    if (!hasFile(e)) return;
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) await putFile(index, file);
  };
  const full = fields.length >= DATA_KEYS_MAX;
  // A form with only its first, empty row: a pasted block replaces it.
  const blankOnly = fields.length === 1 && !rows[0]?.key && !rows[0]?.value && !rows[0]?.fileBase64;
  const rowsError = errors.rows as { message?: string; root?: { message?: string } } | undefined;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={500} size="sm">
          Data
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={() => setPasteOpen(true)}>
          Paste .env…
        </Button>
      </Group>
      {fields.map((field, i) => {
        const mode = rows[i]?.mode ?? 'text';
        const rowErrors = errors.rows?.[i];
        return (
          <Stack
            key={field.id}
            gap={6}
            p="sm"
            style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
            onDragOver={(e) => hasFile(e) && e.preventDefault()}
            onDrop={onDrop(i)}
            data-testid={`data-row-${i}`}
          >
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                label={`Key ${i + 1}`}
                placeholder="API_KEY"
                style={{ flex: 1 }}
                autoComplete="off"
                autoCapitalize="off"
                autoCorrect="off"
                spellCheck={false}
                {...register(`rows.${i}.key`)}
                error={rowErrors?.key?.message}
              />
              <SegmentedControl
                mt={25}
                size="xs"
                aria-label={`How value ${i + 1} is given`}
                value={mode}
                onChange={(m) => {
                  setValue(`rows.${i}.mode`, m as DataMode, { shouldDirty: true });
                  revalidate();
                }}
                data={[
                  { label: 'Text', value: 'text' },
                  { label: 'Base64', value: 'base64' },
                  { label: 'File', value: 'file' },
                ]}
              />
              <Tooltip label={`Remove key ${i + 1}`}>
                <ActionIcon
                  mt={25}
                  variant="subtle"
                  color="red"
                  aria-label={`Remove key ${i + 1}`}
                  onClick={() => {
                    remove(i);
                    // The button goes with its row: focus moves to the row that takes its place, or the one above.
                    window.setTimeout(() => setFocus(`rows.${Math.min(i, fields.length - 2)}.key`), 0);
                  }}
                  disabled={fields.length === 1}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
            {mode !== 'file' && (
              <SecretValueInput
                key={mode}
                n={i + 1}
                mode={mode}
                field={register(`rows.${i}.value`)}
                value={rows[i]?.value ?? ''}
                error={rowErrors?.value?.message}
                onKeepExact={(exact) => putRow(i, { ...emptyRow(rows[i]?.key ?? ''), mode: 'base64', value: textToBase64(exact) })}
              />
            )}
            {mode === 'file' && (
              <Group gap="sm">
                <FileButton onChange={(f) => f && void putFile(i, f)}>
                  {(props) => (
                    <Button
                      {...props}
                      variant="light"
                      size="xs"
                      leftSection={<IconFileUpload size={14} aria-hidden />}
                      aria-label={`Choose a file for value ${i + 1}`}
                    >
                      Choose file
                    </Button>
                  )}
                </FileButton>
                <Text size="sm" c={rowErrors?.value ? 'var(--mantine-color-error)' : 'dimmed'}>
                  {rows[i]?.fileName || rowErrors?.value?.message || 'or drop a file on this row'}
                </Text>
              </Group>
            )}
          </Stack>
        );
      })}
      {rowsError?.root?.message && (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {rowsError.root.message}
        </Text>
      )}
      {rowsError?.message && (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {rowsError.message}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => append(emptyRow())}
          disabled={full}
        >
          Add key
        </Button>
        <Text size="xs" c="dimmed">
          {full ? `A secret holds at most ${DATA_KEYS_MAX} keys.` : 'Tip: drop a file on a row to store its bytes exactly.'}
        </Text>
      </Group>
      <EnvPasteModal
        room={DATA_KEYS_MAX - fields.length + (blankOnly ? 1 : 0)}
        opened={pasteOpen}
        onClose={() => setPasteOpen(false)}
        onAdd={(entries) => {
          if (blankOnly) remove(0);
          // Focus goes back to "Paste .env…" as the modal closes (not into a row it would fight with).
          append(
            entries.map((e) => rowFromText(e.key, e.value)),
            { shouldFocus: false },
          );
          setPasteOpen(false);
        }}
      />
    </Stack>
  );
}
