import { useEffect, useRef } from 'react';
import { announce } from './announce';

/**
 * Announces `message` when `done` turns true after having been false while the page was open (replication
 * reaching every group), not when the page opens on something already done.
 */
export function useAnnounceDone(done: boolean | undefined, message: string) {
  const wasDone = useRef(done);
  useEffect(() => {
    if (done === undefined) return;
    if (wasDone.current === false && done) announce(message, 'polite');
    wasDone.current = done;
  }, [done, message]);
}
