import { useEffect, useState } from 'react';

/**
 * For a dialog that is unmounted rather than closed (Mantine hands focus back only on a close): on unmount,
 * focus goes back to what had it when the dialog mounted, or, when that is gone (the row was deleted), to
 * the page's heading, so that keyboard focus never falls to the document body.
 */
export function useReturnFocus() {
  // Read during the first render: by the time effects run, the dialog's focus trap has moved focus inside.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    return () => {
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active && active !== document.body) return; // something else took focus on purpose
        if (opener?.isConnected) return opener.focus();
        // A table may re-render its rows and replace the button: the same control has the same name.
        const label = opener?.getAttribute('aria-label');
        const same = label ? document.querySelector<HTMLElement>(`main [aria-label="${CSS.escape(label)}"]`) : null;
        if (same) return same.focus();
        const heading = document.querySelector<HTMLElement>('main h2');
        if (!heading) return;
        heading.tabIndex = -1;
        heading.focus();
      });
    };
  }, [opener]);
}
