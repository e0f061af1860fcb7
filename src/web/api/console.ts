import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client';

const consoleStatusSchema = z.object({
  mode: z.enum(['emulator', 'upstream']),
  upstream: z.string(),
  version: z.string(),
  token: z.object({ state: z.string(), validUntil: z.string().nullable(), error: z.string().nullable() }),
  health: z.object({ ok: z.boolean(), status: z.number().nullable(), checkedAt: z.string(), message: z.string() }),
});
export type ConsoleStatus = z.infer<typeof consoleStatusSchema>;

export const consoleQueries = {
  status: () =>
    queryOptions({
      queryKey: ['console', 'status'],
      queryFn: async ({ signal }) => consoleStatusSchema.parse(await apiFetch('/console', { signal })),
      refetchInterval: (query) => (query.state.data?.health.ok === false || query.state.status === 'error' ? 3000 : 15000),
    }),
};
