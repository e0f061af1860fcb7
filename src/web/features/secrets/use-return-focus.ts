// Mantine's Drawer returns focus to its opener only when its `opened` prop goes from true to false; a
// drawer that is mounted open and unmounted to close (the edit drawer, which waits for the secret's
// details) never sees that change. This remembers the control that had focus when the drawer first
// rendered (before the drawer's focus trap moves it) and gives it focus back after closing.
import { useEffect, useRef, useState } from 'react';

const byLabel = (label: string | null) =>
  label
    ? ([...document.querySelectorAll<HTMLElement>('[aria-label]')].find((el) => el.getAttribute('aria-label') === label) ?? null)
    : null;

/**
 * The opener, or the control that replaced it: the secret list renders new buttons when it refreshes (after
 * a save, or while the drawer loads), so a control is found again by its accessible name.
 */
function findOpener(opener: HTMLElement | null, fallbackLabel: string | undefined): HTMLElement | null {
  if (opener && opener !== document.body && opener.isConnected) return opener;
  // Gone: a control of the same name, else the usual opener, else the page's heading (the row may be on
  // another page of the list), so that focus never falls to the document.
  const found = byLabel(opener?.getAttribute('aria-label') ?? null) ?? byLabel(fallbackLabel ?? null);
  if (found) return found;
  const heading = document.querySelector<HTMLElement>('main h2');
  if (heading) heading.tabIndex = -1;
  return heading;
}

/**
 * Call the returned function when the drawer closes; focus goes back once the drawer has unmounted.
 * `fallbackLabel` names the usual opener, for when focus had already been lost as the drawer opened;
 * `preferFallback` goes straight to it (the drawer was opened by a link on another page, and what has
 * focus as it opens is whatever that navigation left focused, such as the new page's heading).
 */
export function useReturnFocus(fallbackLabel?: string, preferFallback = false): () => void {
  const [opener] = useState(() =>
    preferFallback || typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null),
  );
  const closing = useRef(false);
  useEffect(
    () => () => {
      if (!closing.current) return;
      // A tick later: the drawer's focus trap lets go as it unmounts.
      window.setTimeout(() => {
        const active = document.activeElement;
        if (active !== null && active !== document.body) return; // the user has already moved on
        findOpener(opener, fallbackLabel)?.focus();
      }, 0);
    },
    [opener, fallbackLabel],
  );
  return () => {
    closing.current = true;
  };
}
