// New labels: the fixed ext.ai.sap.com/ prefix shown, the rest typed, each rule checked as the user types.
import { ActionIcon, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';
import { useFieldArray, useFormContext, type FieldErrors } from 'react-hook-form';
import { LABEL_PREFIX, LABELS_MAX } from '../../../contract';
import type { LabelRow } from './form-model';
import { LABEL_FIELD_FLEX, LabelKeyInput } from './label-key-input';

type LabelsForm = { labels: LabelRow[] };

export function LabelsField({ title = 'Labels', addLabel = 'Add label' }: { title?: string; addLabel?: string }) {
  const { control, register, setFocus, formState } = useFormContext<LabelsForm>();
  const addButton = useRef<HTMLButtonElement>(null);
  const { fields, append, remove } = useFieldArray({ control, name: 'labels' });
  const errors = (formState.errors as FieldErrors<LabelsForm>).labels;
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {title}
      </Text>
      {fields.length === 0 && (
        <Text size="sm" c="dimmed">
          No labels. Keys always start with {LABEL_PREFIX}
        </Text>
      )}
      {fields.map((field, i) => (
        <Group key={field.id} align="flex-start" gap="xs">
          <LabelKeyInput label={`Label ${i + 1} key`} field={register(`labels.${i}.name`)} error={errors?.[i]?.name?.message} />
          <TextInput
            label={`Label ${i + 1} value`}
            style={{ flex: LABEL_FIELD_FLEX }}
            autoComplete="off"
            {...register(`labels.${i}.value`)}
            error={errors?.[i]?.value?.message}
          />
          <Tooltip label={`Remove label ${i + 1}`}>
            <ActionIcon
              mt={25}
              variant="subtle"
              color="red"
              aria-label={`Remove label ${i + 1}`}
              onClick={() => {
                remove(i);
                // The button goes with its row: focus moves to the row that takes its place, else "Add label".
                window.setTimeout(
                  () => (fields.length > 1 ? setFocus(`labels.${Math.min(i, fields.length - 2)}.name`) : addButton.current?.focus()),
                  0,
                );
              }}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Group>
        <Button
          ref={addButton}
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => append({ name: '', value: '' })}
          disabled={fields.length >= LABELS_MAX}
        >
          {addLabel}
        </Button>
        {fields.length >= LABELS_MAX && (
          <Text size="xs" c="dimmed">
            A secret holds at most {LABELS_MAX} labels.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
