// After moving to another page from the navigation (a link, the group picker, a "g" shortcut), focus goes
// to the new page's heading: a screen reader reads where the user is, and Tab continues in the page
// rather than in the navigation or in a picker that would swallow the next shortcut key.
import { useEffect, useRef } from 'react';
import { useLocation } from '../lib/router';

const FROM_NAVIGATION = 'nav, [data-app-header], body';

export function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest(FROM_NAVIGATION)) return;
    // The page's code may still be loading: wait for its heading, briefly. While it loads, the previous
    // page may still be in the document, hidden behind the loading skeleton: only a visible heading counts.
    let frames = 0;
    let raf = 0;
    const tryFocus = () => {
      const heading = [...document.querySelectorAll<HTMLElement>('main h2')].find((h) => h.getClientRects().length > 0);
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      } else if (frames++ < 180) raf = requestAnimationFrame(tryFocus);
    };
    raf = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(raf);
  }, [pathname]);
}
