// Labels of an existing secret: change a value, empty it or press Remove to remove the label (the service
// removes a label on ""), rename a key (removes the old key, adds the new one), add new ones. Protected
// labels are shown locked with the reason.
import { ActionIcon, Badge, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconLock, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';
import { useFieldArray, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { isProtectedLabel, LABELS_MAX, type Label } from '../../../contract';
import { isRemoval, isRename, type EditFormValues } from './edit-model';
import { LABEL_FIELD_FLEX, LabelKeyInput } from './label-key-input';

const LOCK_REASON =
  'Protected: the service lets this label be set only when a secret is created; it cannot be changed or removed afterwards.';

export function EditLabelsField({ locked }: { locked: Label[] }) {
  const { control, register, setValue, setFocus, trigger, formState } = useFormContext<EditFormValues>();
  const addButton = useRef<HTMLButtonElement>(null);
  // Remove and Keep replace each other in a row: focus follows to the one that appears.
  const rowAction = useRef<Record<string, HTMLButtonElement | null>>({});
  const focusRowAction = (id: string) => window.setTimeout(() => rowAction.current[id]?.focus(), 0);
  const { fields, append, remove } = useFieldArray({ control, name: 'labels' });
  const labels = useWatch({ control, name: 'labels' });
  const errors = (formState.errors as FieldErrors<EditFormValues>).labels;
  const revalidate = () => (formState.isSubmitted ? void trigger('labels') : undefined);
  const protectedLabels = locked.filter((l) => isProtectedLabel(l.key));
  const full = protectedLabels.length + fields.length >= LABELS_MAX;
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
        // useWatch catches up a render after an append: the field array's own copy stands in until then, so
        // that the new row is there (and can take focus) at once.
        const row = labels[i] ?? field;
        const isNew = row.original === null;
        const removed = Boolean(row.remove);
        const removing = isRemoval(row);
        const renamed = isRename(row);
        const valueNote = removing
          ? undefined
          : renamed
            ? `was ${row.key}${row.value !== row.original ? ` = ${row.original}` : ''}`
            : !isNew && row.value !== row.original
              ? `was: ${row.original}`
              : undefined;
        return (
          <Group key={field.id} align="flex-start" gap="xs" opacity={removed ? 0.6 : 1} data-testid={`label-row-${i}`}>
            <LabelKeyInput
              label={isNew ? `New label ${i + 1} key` : `Key of ${row.key}`}
              field={register(`labels.${i}.name`)}
              error={errors?.[i]?.name?.message}
              readOnly={removed}
            />
            <TextInput
              label={isNew ? `New label ${i + 1} value` : `Value of ${row.key}`}
              style={{ flex: LABEL_FIELD_FLEX }}
              autoComplete="off"
              disabled={removed}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              {...register(`labels.${i}.value`)}
              error={errors?.[i]?.value?.message}
              description={valueNote}
            />
            {removing ? (
              <Group mt={25} gap={4} wrap="nowrap">
                <Badge color="red" variant="light" aria-label={`${row.key} will be removed`}>
                  will remove
                </Badge>
                <Tooltip label={`Keep ${row.key}`}>
                  <ActionIcon
                    ref={(el) => {
                      rowAction.current[field.id] = el;
                    }}
                    variant="subtle"
                    aria-label={`Keep ${row.key}`}
                    onClick={() => {
                      setValue(
                        `labels.${i}`,
                        { ...row, value: row.value === '' ? (row.original ?? '') : row.value, remove: false },
                        { shouldDirty: true },
                      );
                      revalidate();
                      focusRowAction(field.id);
                    }}
                  >
                    <IconArrowBackUp size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ) : (
              <Tooltip label={isNew ? `Drop new label ${i + 1}` : `Remove ${row.key}`}>
                <ActionIcon
                  ref={(el) => {
                    rowAction.current[field.id] = el;
                  }}
                  mt={25}
                  variant="subtle"
                  color="red"
                  aria-label={isNew ? `Drop new label ${i + 1}` : `Remove ${row.key}`}
                  onClick={() => {
                    if (isNew) {
                      remove(i);
                      // The button goes with its row: focus moves to the row that takes its place, else "Add label".
                      window.setTimeout(
                        () => (fields.length > 1 ? setFocus(`labels.${Math.min(i, fields.length - 2)}.name`) : addButton.current?.focus()),
                        0,
                      );
                    } else {
                      setValue(`labels.${i}.remove`, true, { shouldDirty: true });
                      focusRowAction(field.id);
                    }
                    revalidate();
                  }}
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
          ref={addButton}
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          // The row's first registered field is its key name: focus goes there (WCAG: focus follows the action).
          onClick={() =>
            append({ key: '', name: '', value: '', original: null, remove: false }, { focusName: `labels.${fields.length}.name` })
          }
          disabled={full}
        >
          Add label
        </Button>
        {full && (
          <Text size="xs" c="dimmed">
            A secret holds at most {LABELS_MAX} labels.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
