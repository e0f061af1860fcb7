// A thin bar at the top while something the user waits for is under way: a first load or a write.
// Background refreshes (polling) do not count, so the bar means "wait", never noise.
import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Meter } from '../components/meter';

export function ActivityBar() {
  const loading = useIsFetching({ predicate: (q) => q.state.data === undefined && q.queryKey[0] !== 'console' });
  const writing = useIsMutating();
  const busy = loading + writing > 0;
  // Only after 250 ms, so quick answers do not flash it.
  const [delayed, setDelayed] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const t = setTimeout(() => setDelayed(true), 250);
    return () => {
      clearTimeout(t);
      setDelayed(false);
    };
  }, [busy]);
  if (!busy || !delayed) return null;
  return (
    <Meter
      label={writing ? 'Saving' : 'Loading'}
      style={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 1000, height: 3, borderRadius: 0 }}
    />
  );
}
