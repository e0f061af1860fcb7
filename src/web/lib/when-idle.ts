/**
 * Runs `fn` once the browser is idle, at the latest after `timeoutMs`; where there is no requestIdleCallback
 * (Safari), after `fallbackMs`. Returns a function that cancels it (an effect's clean-up).
 */
export function whenIdle(fn: () => void, timeoutMs: number, fallbackMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, fallbackMs);
  return () => clearTimeout(id);
}
