// The activity log's entry points: open the store the environment asks for, record a proxied write
// around its forwarding, and serve the log.
import path from 'node:path';
import { FileAuditStore } from './file-store';
import { PgAuditStore } from './pg-store';
import type { AuditStore } from './types';

export { describeChange } from './describe';
export { auditRoutes } from './routes';
export { recordWrite } from './record';
export type { AuditStore, AuditEntry, AuditAttempt } from './types';

/** PostgreSQL when a database URL is given; else the JSON-lines file in `<dataDir>/activity/`. */
export async function openAuditStore(opts: { dataDir: string; databaseUrl?: string }): Promise<AuditStore> {
  if (opts.databaseUrl) return PgAuditStore.open(opts.databaseUrl);
  return FileAuditStore.open(path.join(opts.dataDir, 'activity'));
}
