import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client';

const connectionSchema = z.object({ name: z.string(), protected: z.boolean() });
export type ConnectionSummary = z.infer<typeof connectionSchema>;

const consoleStatusSchema = z.object({
  mode: z.enum(['emulator', 'upstream']),
  upstream: z.string(),
  version: z.string(),
  token: z.object({ state: z.string(), validUntil: z.string().nullable(), error: z.string().nullable() }),
  health: z.object({ ok: z.boolean(), status: z.number().nullable(), checkedAt: z.string(), message: z.string() }),
  // Who is signed in (null without sign-in), and whether they may change anything on this connection.
  user: z
    .object({ name: z.string(), roles: z.array(z.string()) })
    .nullable()
    .default(null),
  writes: z.object({ allowed: z.boolean(), reason: z.string().nullable() }).default({ allowed: true, reason: null }),
  connection: connectionSchema,
  connections: z.array(connectionSchema),
});
export type ConsoleStatus = z.infer<typeof consoleStatusSchema>;

export const consoleQueries = {
  status: () =>
    queryOptions({
      queryKey: ['console', 'status'],
      queryFn: async ({ signal }) => consoleStatusSchema.parse(await apiFetch('/console', { signal })),
      // No retries: a failed check is itself the answer (the badge and banner show it at once), and the
      // poll below asks again every 3 s while AI Core is away.
      retry: false,
      refetchInterval: (query) => (query.state.data?.health.ok === false || query.state.status === 'error' ? 3000 : 15000),
    }),
};
