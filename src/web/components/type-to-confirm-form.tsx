// The form of every destructive confirmation: what goes, then (when a name must be typed) the field, then
// Cancel and the red button. Focus starts on the field when there is one, else on Cancel, the safe choice.
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** When set, the user must type it before the red button is enabled. */
  typeToConfirm?: string;
  confirmLabel: ReactNode;
  /** Disabled for a reason besides the typed name (nothing to delete). */
  disabled?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

export function TypeToConfirmForm({ children, typeToConfirm, confirmLabel, disabled = false, pending, onConfirm, onCancel }: Props) {
  const [typed, setTyped] = useState('');
  const ready = (!typeToConfirm || typed === typeToConfirm) && !disabled;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onConfirm();
      }}
    >
      <Stack>
        {children}
        {typeToConfirm && (
          <TextInput
            label={`Type ${typeToConfirm} to confirm`}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus={!typeToConfirm || undefined}>
            Cancel
          </Button>
          <Button type="submit" color="red" disabled={!ready} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
