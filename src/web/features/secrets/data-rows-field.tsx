// Key/value rows: values typed as plain text (masked, with reveal), given as Base64, or taken from a
// dropped file. The browser encodes text as UTF-8 and files byte for byte.
import {
  ActionIcon,
  Button,
  FileButton,
  Group,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconFileUpload, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useFieldArray, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { bytesToBase64 } from '../../../contract';
import { EnvPasteModal } from './env-paste-modal';
import { emptyRow, type DataMode, type DataRow } from './form-model';

type RowsForm = { rows: DataRow[] };

async function readFile(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

const keyFromFileName = (name: string) => name.replace(/[^-._a-zA-Z0-9]/g, '_').slice(0, 253) || 'file';

export function DataRowsField() {
  const { control, register, setValue, formState } = useFormContext<RowsForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'rows' });
  const rows = useWatch({ control, name: 'rows' });
  const [pasteOpen, setPasteOpen] = useState(false);
  const errors = formState.errors as FieldErrors<RowsForm>;

  const putFile = async (index: number, file: File) => {
    const b64 = await readFile(file);
    const current = rows[index];
    setValue(
      `rows.${index}`,
      {
        key: current?.key || keyFromFileName(file.name),
        mode: 'file',
        value: '',
        fileName: `${file.name} (${file.size} bytes)`,
        fileBase64: b64,
      },
      { shouldDirty: true, shouldValidate: formState.isSubmitted },
    );
  };
  const onDrop = (index: number) => async (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) await putFile(index, file);
  };
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
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop(i)}
            data-testid={`data-row-${i}`}
          >
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                label={`Key ${i + 1}`}
                placeholder="API_KEY"
                style={{ flex: 1 }}
                autoComplete="off"
                spellCheck={false}
                {...register(`rows.${i}.key`)}
                error={rowErrors?.key?.message}
              />
              <SegmentedControl
                mt={25}
                size="xs"
                aria-label={`How value ${i + 1} is given`}
                value={mode}
                onChange={(m) => setValue(`rows.${i}.mode`, m as DataMode, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
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
                  onClick={() => remove(i)}
                  disabled={fields.length === 1}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
            {mode === 'text' && (
              <PasswordInput
                label={`Value ${i + 1}`}
                description="Plain text; the console encodes it as UTF-8 Base64."
                autoComplete="new-password"
                {...register(`rows.${i}.value`)}
                error={rowErrors?.value?.message}
              />
            )}
            {mode === 'base64' && (
              <Textarea
                label={`Value ${i + 1} (Base64)`}
                description="Already Base64-encoded: sent as it is."
                autosize
                minRows={2}
                maxRows={6}
                spellCheck={false}
                ff="monospace"
                {...register(`rows.${i}.value`)}
                error={rowErrors?.value?.message}
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
                <Text size="sm" c={rowErrors?.value ? 'red' : 'dimmed'}>
                  {rows[i]?.fileName || rowErrors?.value?.message || 'or drop a file on this row'}
                </Text>
              </Group>
            )}
          </Stack>
        );
      })}
      {rowsError?.root?.message && (
        <Text c="red" size="sm" role="alert">
          {rowsError.root.message}
        </Text>
      )}
      {rowsError?.message && (
        <Text c="red" size="sm" role="alert">
          {rowsError.message}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => append(emptyRow())}>
          Add key
        </Button>
        <Text size="xs" c="dimmed">
          Tip: drop a file on a row to store its bytes exactly.
        </Text>
      </Group>
      <EnvPasteModal
        opened={pasteOpen}
        onClose={() => setPasteOpen(false)}
        onAdd={(entries) => {
          const blank = fields.length === 1 && !rows[0]?.key && !rows[0]?.value && !rows[0]?.fileBase64;
          if (blank) remove(0);
          append(entries.map((e) => emptyRow(e.key, e.value)));
          setPasteOpen(false);
        }}
      />
    </Stack>
  );
}
