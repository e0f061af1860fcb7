// The first screen loads only what it needs; the rest comes later, without the user waiting for it:
// a route's code when a link to it is hovered or focused, and the likely next page's code (and the
// notifications layer) once the first screen has settled: drawn, its queries answered, the browser idle.
import { useIsFetching } from '@tanstack/react-query';
import { useEffect } from 'react';
import { whenIdle } from '../lib/when-idle';
import { preloadRoute } from './routes';

/** Props for a link: preload its page's code on hover or keyboard focus. */
export const preloadOn = (path: string) => ({ onMouseEnter: () => void preloadRoute(path), onFocus: () => void preloadRoute(path) });

/** Marked on the page's timeline when the first screen settled; the bench and e2e/first-page.spec.ts read it. */
export const FIRST_SCREEN_SETTLED = 'first-screen-settled';

let settled = false;
const waiting = new Set<() => void>();

/** Calls `fn` once the first screen has settled (at once if it has). Returns an unsubscribe function. */
export function afterFirstScreen(fn: () => void): () => void {
  if (settled) {
    fn();
    return () => {};
  }
  waiting.add(fn);
  return () => waiting.delete(fn);
}

function settle() {
  if (settled) return;
  settled = true;
  performance.mark(FIRST_SCREEN_SETTLED);
  for (const fn of waiting) fn();
  waiting.clear();
}

/**
 * Mounted in the shell, which renders once the first route's code is there: settles when no query is in
 * flight and the browser has an idle moment. A query that starts meanwhile cancels the wait.
 */
export function useSettleFirstScreen() {
  const fetching = useIsFetching();
  useEffect(() => {
    if (settled || fetching > 0) return;
    return whenIdle(settle, 3000, 300);
  }, [fetching]);
}
