// Opens the command palette: Ctrl+K (Cmd+K) anywhere, "/" where no filter field claims it (a field claims
// it with aria-keyshortcuts="/"), or the header button (an icon on phones). The palette's code loads on first use.
import { ActionIcon, Button, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

export function usePaletteHotkeys() {
  const [signal, setSignal] = useState(0);
  const open = () => setSignal((n) => n + 1);
  // Ctrl+K works from inside a field too; "/" never does (it is text there).
  useHotkeys([['mod+K', open]], []);
  // "/" belongs to a field that declares it (the console's shortcut handler focuses it), so the palette
  // must not swallow the key (Mantine prevents the default unless told not to).
  useHotkeys([
    [
      '/',
      (e) => {
        if (document.querySelector('[aria-keyshortcuts~="/"]')) return;
        e.preventDefault();
        open();
      },
      { preventDefault: false },
    ],
  ]);
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
