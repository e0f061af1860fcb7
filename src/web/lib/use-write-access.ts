// May the admin change anything on this connection? No when its service key may not write, or the signed-in
// user is a viewer; the console server decides and gives the reason. Write actions stay visible, disabled,
// with the reason next to them.
import { useQuery } from '@tanstack/react-query';
import { consoleQueries } from '../api/console';

export type WriteAccess = { allowed: boolean; reason: string | null };

export function useWriteAccess(): WriteAccess {
  const { data } = useQuery(consoleQueries.status());
  // Until the console answers, writes stay enabled: the server refuses them anyway when it must.
  return data?.writes ?? { allowed: true, reason: null };
}

/** The id of the one visible sentence that says why writes are off; every disabled write action points to it. */
export const WRITE_REASON_ID = 'write-access-reason';

/** Props for a write action's button: disabled, described by the visible reason, with the reason as its title. */
export function writeActionProps(access: WriteAccess) {
  return access.allowed
    ? {}
    : { disabled: true, 'aria-describedby': WRITE_REASON_ID, title: access.reason ?? 'Changes are not allowed on this connection' };
}
