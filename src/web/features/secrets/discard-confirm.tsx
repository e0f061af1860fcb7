// "Discard unsaved changes?" inside the edit drawer. It takes focus when it appears (else a keyboard user
// who pressed Escape would not know where it is), on the safe choice, and gives it back on "Keep editing".
import { Alert, Badge, Button, Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

export function DiscardConfirm({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) {
  const [before] = useState(() => document.activeElement as HTMLElement | null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <Alert color="yellow" title="Discard unsaved changes?" mt="md" role="alertdialog" aria-label="Discard unsaved changes?">
      <Group mt="xs">
        <Button size="xs" color="yellow" onClick={onDiscard}>
          Discard
        </Button>
        <Button
          ref={keep}
          size="xs"
          variant="default"
          onClick={() => {
            onKeep();
            if (before?.isConnected) before.focus();
          }}
        >
          Keep editing
        </Button>
        <Badge variant="light" color="gray" tt="none">
          nothing has been sent
        </Badge>
      </Group>
    </Alert>
  );
}
