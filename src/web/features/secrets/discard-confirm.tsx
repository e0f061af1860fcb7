// "Discard unsaved changes?" inside a secret drawer. It takes focus when it appears (else a keyboard user
// who pressed Escape would not know where it is), on the safe choice, and gives it back on "Keep editing".
// Escape on the question means "keep editing": the drawer must not close on Escape while it is shown.
import { Alert, Badge, Button, Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

type Props = { title?: string; onDiscard: () => void; onKeep: () => void };

export function DiscardConfirm({ title = 'Discard unsaved changes?', onDiscard, onKeep }: Props) {
  const [before] = useState(() => document.activeElement as HTMLElement | null);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => keepButton.current?.focus(), []);
  const keep = () => {
    onKeep();
    if (before?.isConnected) before.focus();
  };
  return (
    <Alert
      color="yellow"
      title={title}
      mt="md"
      role="alertdialog"
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.nativeEvent.isComposing) return;
        e.stopPropagation();
        keep();
      }}
    >
      <Group mt="xs">
        <Button size="xs" color="yellow" onClick={onDiscard}>
          Discard
        </Button>
        <Button ref={keepButton} size="xs" variant="default" onClick={keep}>
          Keep editing
        </Button>
        <Badge variant="light" color="gray" tt="none">
          nothing has been sent
        </Badge>
      </Group>
    </Alert>
  );
}
