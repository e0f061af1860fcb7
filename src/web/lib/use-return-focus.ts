import { useEffect, useRef, useState } from 'react';

type Options = {
  /** The usual opener's accessible name, for when the opener is gone and no control has its name. */
  fallbackLabel?: string;
  /**
   * Go to the usual opener whatever had focus: the dialog was opened by a link on another page, and what has
   * focus as it opens is whatever that navigation left focused (the new page's heading).
   */
  preferFallback?: boolean;
  /**
   * Hand focus back only when the returned function was called (the dialog closed on purpose), not when it is
   * unmounted otherwise, such as by leaving the page.
   */
  onlyWhenClosed?: boolean;
};

/** A control in the page with this accessible name (the list may have drawn its rows anew). */
const byLabel = (label: string | null | undefined) =>
  label ? document.querySelector<HTMLElement>(`main [aria-label="${CSS.escape(label)}"]`) : null;

/**
 * For a dialog or drawer that is unmounted rather than closed (Mantine hands focus back only when `opened`
 * goes from true to false): once it has unmounted, focus goes back to what had it when the dialog first
 * rendered; when that is gone (the row was deleted, or drawn anew), to a control of the same name, else to
 * the usual opener (`fallbackLabel`), else to the page's heading, so that keyboard focus never falls to the
 * document body. Nothing moves if something else has taken focus meanwhile. Returns the function to call when
 * the dialog closes on purpose (needed with `onlyWhenClosed`).
 */
export function useReturnFocus({ fallbackLabel, preferFallback = false, onlyWhenClosed = false }: Options = {}): () => void {
  // Read during the first render: by the time effects run, the dialog's focus trap has moved focus inside.
  const [opener] = useState(() =>
    !preferFallback && document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null,
  );
  const closing = useRef(false);
  useEffect(
    () => () => {
      if (onlyWhenClosed && !closing.current) return;
      // A frame later: the dialog's focus trap lets go as it unmounts, and Mantine's own hand-back comes first.
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active && active !== document.body) return; // something else took focus on purpose
        const target = (opener?.isConnected ? opener : null) ?? byLabel(opener?.getAttribute('aria-label')) ?? byLabel(fallbackLabel);
        if (target) return target.focus();
        const heading = document.querySelector<HTMLElement>('main h2');
        if (!heading) return;
        heading.tabIndex = -1;
        heading.focus();
      });
    },
    [opener, fallbackLabel, onlyWhenClosed],
  );
  return () => {
    closing.current = true;
  };
}
