// Opens the command palette: Ctrl+K (Cmd+K) anywhere, "/" where no filter field claims it (both heard by the
// shell's one shortcut listener, shortcuts.ts), or the header button. The palette's code loads on first use.
import { Button, Kbd } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useState } from 'react';

/** A counter that the palette watches: each increase opens it. */
export function usePaletteSignal() {
  const [signal, setSignal] = useState(0);
  const open = useCallback(() => setSignal((n) => n + 1), []);
  return [signal, open] as const;
}

export function PaletteButton({ onOpen }: { onOpen: () => void }) {
  return (
    <Button
      variant="default"
      size="sm"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={<Kbd size="xs">Ctrl K</Kbd>}
      aria-keyshortcuts="Control+K"
      onClick={onOpen}
      visibleFrom="sm"
    >
      Find
    </Button>
  );
}
