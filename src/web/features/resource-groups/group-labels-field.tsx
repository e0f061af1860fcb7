// A resource group's labels in a form: the fixed ext.ai.sap.com/ prefix shown, the rest typed, each rule
// checked as the user types.
import { ActionIcon, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useFormContext, type FieldErrors } from 'react-hook-form';
import { LABEL_PREFIX } from '../../../contract';
import type { LabelRow } from './group-labels-model';

type LabelsForm = { labels: LabelRow[] };

export function GroupLabelsField() {
  const { control, register, formState } = useFormContext<LabelsForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'labels' });
  const errors = (formState.errors as FieldErrors<LabelsForm>).labels;
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        Labels
      </Text>
      {fields.length === 0 && (
        <Text size="sm" c="dimmed">
          No labels. Keys always start with {LABEL_PREFIX}
        </Text>
      )}
      {fields.map((field, i) => (
        <Group key={field.id} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={`Label ${i + 1} key`}
            leftSection={
              <Text size="xs" c="dimmed">
                {LABEL_PREFIX}
              </Text>
            }
            leftSectionWidth={118}
            placeholder="team"
            style={{ flex: 1 }}
            autoComplete="off"
            spellCheck={false}
            {...register(`labels.${i}.name`)}
            error={errors?.[i]?.name?.message}
          />
          <TextInput
            label={`Label ${i + 1} value`}
            style={{ flex: 1 }}
            autoComplete="off"
            spellCheck={false}
            {...register(`labels.${i}.value`)}
            error={errors?.[i]?.value?.message}
          />
          <Tooltip label={`Remove label ${i + 1}`}>
            <ActionIcon mt={25} variant="subtle" color="red" aria-label={`Remove label ${i + 1}`} onClick={() => remove(i)}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => append({ name: '', value: '' })}>
          Add label
        </Button>
      </Group>
    </Stack>
  );
}
