// Toasts, without their code on the first page: `notifications.show()` (lib/notify.ts, in later chunks)
// only writes to a store, and the component that draws the store (with its transitions and scroll lock)
// loads once the first screen has settled. A toast shown before then waits in the store and appears then;
// nothing the user can do before the first screen is drawn shows one.
import { lazy, Suspense, useEffect, useState } from 'react';
import { afterFirstScreen } from './preload';

const Notifications = lazy(async () => ({ default: (await import('@mantine/notifications')).Notifications }));

export function DeferredNotifications() {
  const [ready, setReady] = useState(false);
  useEffect(() => afterFirstScreen(() => setReady(true)), []);
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      {/* Bottom right: never over the header's actions (connection, shortcuts, theme, user). */}
      <Notifications position="bottom-right" limit={4} />
    </Suspense>
  );
}
