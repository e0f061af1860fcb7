// What screen readers are told: saves, refusals, replication finishing. Two live regions stay mounted in the
// shell (a region added together with its text is often not read), and this store feeds them.
import { useSyncExternalStore } from 'react';

export type Politeness = 'polite' | 'assertive';
type Message = { text: string; politeness: Politeness; id: number };

let current: Message | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

/** Says `text` once: polite for news (saved, in sync), assertive for refusals the user must act on. */
export function announce(text: string, politeness: Politeness = 'polite') {
  current = { text, politeness, id: nextId++ };
  for (const l of listeners) l();
}

export function useAnnouncement(): Message | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => null,
  );
}
