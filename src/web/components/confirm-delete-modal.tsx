import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useReturnFocus } from '../lib/use-return-focus';

type Props = {
  title: string;
  children: ReactNode;
  /** When set, the user must type it before Delete is enabled. */
  typeToConfirm?: string;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/** The one confirmation dialog for destructive actions. Focus starts on Cancel unless something must be typed. */
export function ConfirmDeleteModal({ title, children, typeToConfirm, pending, onConfirm, onClose }: Props) {
  const [typed, setTyped] = useState('');
  useReturnFocus();
  const ready = !typeToConfirm || typed === typeToConfirm;
  return (
    <Modal opened onClose={onClose} title={title} centered>
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
              data-autofocus
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus={!typeToConfirm || undefined}>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={!ready} loading={pending}>
              Delete
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
