import { VisuallyHidden } from '@mantine/core';
import { useAnnouncement } from '../lib/announce';

/** The console's two live regions; the same text twice in a row is re-read because the node is replaced. */
export function Announcer() {
  const message = useAnnouncement();
  const polite = message?.politeness === 'polite' ? message : null;
  const assertive = message?.politeness === 'assertive' ? message : null;
  return (
    <VisuallyHidden>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="announce-polite">
        {polite && <p key={polite.id}>{polite.text}</p>}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-testid="announce-assertive">
        {assertive && <p key={assertive.id}>{assertive.text}</p>}
      </div>
    </VisuallyHidden>
  );
}
