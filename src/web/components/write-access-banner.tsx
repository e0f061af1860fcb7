import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useWriteAccess, WRITE_REASON_ID } from '../lib/use-write-access';

/** Why every write action on the page is disabled: visible text, and the description of each such button. */
export function WriteAccessBanner() {
  const access = useWriteAccess();
  if (access.allowed) return null;
  return (
    <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title="Read-only" mb="md">
      <span id={WRITE_REASON_ID}>{access.reason ?? 'Changes are not allowed on this connection'}.</span> Reading works as usual; write
      actions are disabled.
    </Alert>
  );
}
