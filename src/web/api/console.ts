import { queryOptions } from '@tanstack/react-query';
import { arrayOf, boolean, nullish, number, object, oneOf, orDefault, string } from '../../contract/read';
import { apiFetch } from './client';

const readConnection = object({ name: string, protected: boolean });
export type ConnectionSummary = ReturnType<typeof readConnection>;

export const readConsoleStatus = object({
  mode: oneOf('emulator', 'upstream'),
  upstream: string,
  version: string,
  token: object({ state: string, validUntil: nullish(string), error: nullish(string) }),
  health: object({ ok: boolean, status: nullish(number), checkedAt: string, message: string }),
  // Who is signed in (null without sign-in), and whether they may change anything on this connection.
  user: nullish(object({ name: string, roles: arrayOf(string) })),
  writes: orDefault(object({ allowed: boolean, reason: nullish(string) }), { allowed: true, reason: null }),
  connection: readConnection,
  connections: arrayOf(readConnection),
});
export type ConsoleStatus = ReturnType<typeof readConsoleStatus>;

export const consoleQueries = {
  status: () =>
    queryOptions({
      queryKey: ['console', 'status'],
      queryFn: async ({ signal }) => readConsoleStatus(await apiFetch('/console', { signal })),
      // No retries: a failed check is itself the answer (the badge and banner show it at once), and the
      // poll below asks again every 3 s while AI Core is away.
      retry: false,
      refetchInterval: (query) => (query.state.data?.health.ok === false || query.state.status === 'error' ? 3000 : 15000),
    }),
};
