// Opens the command palette: Ctrl+K (Cmd+K) anywhere, "/" where no filter field claims it (both heard by the
// shell's one shortcut listener, shortcuts.ts), or the header button (an icon on phones). The palette's code
// loads on first use.
import { ActionIcon, Button, Kbd } from '@mantine/core';
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
    <>
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
      {/* On a phone there is no keyboard to press Ctrl+K: an icon in the header opens the palette. */}
      <ActionIcon
        variant="default"
        size="lg"
        aria-label="Find a secret or resource group"
        title="Find a secret or resource group"
        aria-keyshortcuts="Control+K"
        onClick={onOpen}
        hiddenFrom="sm"
      >
        <IconSearch size={18} aria-hidden />
      </ActionIcon>
    </>
  );
}
