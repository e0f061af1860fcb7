import { lazy, Suspense } from 'react';
import { usePendingConfirmation } from '../../lib/protected-write';

// The dialog's code (Modal, focus trap) loads with the first protected write, not with the first page.
const Question = lazy(async () => ({ default: (await import('./protected-write-dialog')).ProtectedWriteQuestion }));

/** Mounted once, in the header: answers `confirmProtectedWrite` for every write path. */
export function ProtectedWriteDialog() {
  const request = usePendingConfirmation();
  if (!request) return null;
  return (
    <Suspense fallback={null}>
      <Question key={`${request.connection}:${request.action}`} request={request} />
    </Suspense>
  );
}
