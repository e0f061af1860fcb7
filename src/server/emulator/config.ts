// The emulator's options, from flags or env vars, validated once at boot.
import path from 'node:path';
import { z } from 'zod';

const intish = (min = 0) => z.coerce.number().int().min(min);

export const emulatorOptionsSchema = z.object({
  host: z.string().default('127.0.0.1'),
  port: intish().max(65535).default(0),
  dataDir: z.string().default(path.resolve('.data/emulator')),
  reset: z.boolean().default(false),
  /** Per group copy: with the defaults a demo tenant's replication takes a few visible seconds. */
  replicationDelayMs: intish().default(700),
  replicationConcurrency: intish(1).default(2),
  resyncIntervalMs: intish().default(10 * 60 * 1000),
  stuckGroups: z.array(z.string()).optional(),
  tokenTtlS: intish(1).default(3600),
  latencyMs: intish().default(0),
  provisionDelayMs: intish().default(1500),
  maxGroups: intish(1).default(50),
  /** A deleted group shows DEPROVISIONING this long before it is gone. */
  groupDeletionDelayMs: intish().default(5000),
  /** The most groups one list page holds, whatever the client prefers; 0: as many as the client asks. */
  groupPageSize: intish().default(0),
  secretQuota: intish().default(0),
  seed: z.boolean().default(true),
});
export type EmulatorOptions = z.output<typeof emulatorOptionsSchema>;
export type EmulatorOptionsInput = z.input<typeof emulatorOptionsSchema>;

/** Env var for each tuning flag (the flag wins). */
export const EMULATOR_ENV: Record<string, keyof EmulatorOptions> = {
  EMULATOR_REPLICATION_DELAY_MS: 'replicationDelayMs',
  EMULATOR_REPLICATION_CONCURRENCY: 'replicationConcurrency',
  EMULATOR_RESYNC_INTERVAL_MS: 'resyncIntervalMs',
  EMULATOR_STUCK_GROUPS: 'stuckGroups',
  EMULATOR_TOKEN_TTL_S: 'tokenTtlS',
  EMULATOR_LATENCY_MS: 'latencyMs',
  EMULATOR_PROVISION_DELAY_MS: 'provisionDelayMs',
  EMULATOR_MAX_GROUPS: 'maxGroups',
  EMULATOR_GROUP_DELETION_DELAY_MS: 'groupDeletionDelayMs',
  EMULATOR_GROUP_PAGE_SIZE: 'groupPageSize',
};
