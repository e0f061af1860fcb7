import { ActionIcon, Badge, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconLock, IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { isProtectedLabel, LABEL_PREFIX, type Label } from '../../../contract';
import type { EditFormValues } from './edit-model';

const LOCK_REASON =
  'Protected: the service lets this label be set only when a secret is created; it cannot be changed or removed afterwards.';

export function EditLabelsField({ locked }: { locked: Label[] }) {
  const { control, register, setValue, formState } = useFormContext<EditFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'labels' });
  const labels = useWatch({ control, name: 'labels' });
  const errors = (formState.errors as FieldErrors<EditFormValues>).labels;
  const protectedLabels = locked.filter((l) => isProtectedLabel(l.key));
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        Labels
      </Text>
      {protectedLabels.map((l) => (
        <Group key={l.key} gap="xs" wrap="nowrap">
          <TextInput label={l.key} value={l.value} readOnly disabled style={{ flex: 1 }} leftSection={<IconLock size={14} aria-hidden />} />
          <Tooltip label={LOCK_REASON} multiline w={280}>
            <Badge
              mt={25}
              color="grape"
              variant="light"
              leftSection={<IconLock size={10} aria-hidden />}
              tabIndex={0}
              aria-label={`${l.key} is locked. ${LOCK_REASON}`}
            >
              locked
            </Badge>
          </Tooltip>
        </Group>
      ))}
      {protectedLabels.length > 0 && (
        <Text size="xs" c="dimmed">
          {LOCK_REASON}
        </Text>
      )}
      {fields.map((field, i) => {
        const row = labels[i];
        const isNew = row?.original === null;
        const removing = Boolean(row?.remove);
        return (
          <Group key={field.id} align="flex-start" gap="xs" wrap="nowrap" opacity={removing ? 0.6 : 1}>
            {isNew ? (
              <TextInput
                label={`New label ${i + 1} key`}
                leftSection={
                  <Text size="xs" c="dimmed">
                    {LABEL_PREFIX}
                  </Text>
                }
                leftSectionWidth={118}
                style={{ flex: 1 }}
                autoComplete="off"
                {...register(`labels.${i}.name`)}
                error={errors?.[i]?.name?.message}
              />
            ) : (
              <TextInput label="Key" value={row?.key ?? ''} readOnly style={{ flex: 1 }} error={errors?.[i]?.name?.message} />
            )}
            <TextInput
              label={isNew ? `New label ${i + 1} value` : `Value of ${row?.key}`}
              style={{ flex: 1 }}
              autoComplete="off"
              disabled={removing}
              {...register(`labels.${i}.value`)}
              error={errors?.[i]?.value?.message}
              description={!isNew && !removing && row?.value !== row?.original ? `was: ${row?.original}` : undefined}
            />
            {removing ? (
              <Group mt={25} gap={4} wrap="nowrap">
                <Badge color="red" variant="light">
                  will remove
                </Badge>
                <Tooltip label={`Keep ${row?.key}`}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Keep ${row?.key}`}
                    onClick={() => setValue(`labels.${i}.remove`, false, { shouldDirty: true })}
                  >
                    <IconArrowBackUp size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ) : (
              <Tooltip label={isNew ? `Drop new label ${i + 1}` : `Remove ${row?.key}`}>
                <ActionIcon
                  mt={25}
                  variant="subtle"
                  color="red"
                  aria-label={isNew ? `Drop new label ${i + 1}` : `Remove ${row?.key}`}
                  onClick={() => (isNew ? remove(i) : setValue(`labels.${i}.remove`, true, { shouldDirty: true }))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => append({ key: '', name: '', value: '', original: null, remove: false })}
        >
          Add label
        </Button>
      </Group>
    </Stack>
  );
}
