// The activity log's shapes and its one interface; the embedded and the PostgreSQL store implement it.
// An entry never holds a secret value, nor anything derived from one (length, hash): key names only.
import { z } from 'zod';

export const AUDIT_ACTIONS = [
  'secret.create',
  'secret.rotate',
  'secret.labels',
  'secret.delete',
  'resource-group.create',
  'resource-group.labels',
  'resource-group.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_SCOPES = ['main', 'tenant-wide', 'group'] as const;
export type AuditScope = (typeof AUDIT_SCOPES)[number];

/**
 * `unknown` is how an attempt is written before it goes upstream: it stays so when the process died before
 * AI Core's answer was recorded. `refused` is a write the console itself turned down (role, guard).
 */
export type AuditOutcome = 'unknown' | 'success' | 'failure' | 'refused';

/** A label change: `value: null` removes the label. For a resource group, the whole new label set. */
export type LabelChange = { key: string; value: string | null };

/** What the console knows before it forwards a write. */
export type AuditAttempt = {
  user: string;
  connection: string;
  action: AuditAction;
  scope: AuditScope;
  resourceGroup: string | null;
  /** The secret's name; null for resource-group actions. */
  secret: string | null;
  keys: string[];
  labels: LabelChange[];
  /** The console's own request id (also in its request log line). */
  consoleRequestId: string;
};

export type AuditResult = { outcome: AuditOutcome; status: number | null; requestId: string | null };

export type AuditEntry = AuditAttempt & {
  id: string;
  time: string;
  outcome: AuditOutcome;
  status: number | null;
  /** AI Core's request id, from its answer. */
  requestId: string | null;
  finishedAt: string | null;
};

const MAX_PAGE = 500;
const text = (max: number) => z.string().trim().min(1).max(max).optional();
const isoTime = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date and time, e.g. 2026-11-23T10:00:00Z')
  .transform((s) => new Date(s).toISOString())
  .optional();

export const auditQuerySchema = z
  .object({
    user: text(200),
    secret: text(252),
    scope: z.enum(AUDIT_SCOPES).optional(),
    resourceGroup: text(253),
    action: z.enum(AUDIT_ACTIONS).optional(),
    connection: text(200),
    from: isoTime,
    to: isoTime,
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be before "from"', path: ['to'] });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export type AuditPage = { entries: AuditEntry[]; total: number; offset: number; limit: number };

/** Which secret "last changed by" asks about. */
export type SecretRef = { connection: string; scope: AuditScope; resourceGroup: string | null; names: string[] };
export type LastChange = { user: string; time: string; action: AuditAction };

export interface AuditStore {
  readonly kind: 'embedded' | 'postgres';
  /** Durably records an attempt (outcome `unknown`) and returns its id; resolves only once it is stored. */
  begin(attempt: AuditAttempt): Promise<string>;
  /** Durably records how the attempt ended. */
  finish(id: string, result: AuditResult): Promise<void>;
  /** A write refused by the console: one entry, already final. */
  refused(attempt: AuditAttempt, status: number): Promise<void>;
  query(q: AuditQuery): Promise<AuditPage>;
  /** The newest successful change of each named secret, by name (names the log does not know are absent). */
  lastChanges(ref: SecretRef): Promise<Record<string, LastChange>>;
  /** Resolves when the store can take writes now (readiness: a replica without its log must not get writes). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const contains = (value: string | null, part: string) => value !== null && value.toLowerCase().includes(part.toLowerCase());

/**
 * Whether an entry passes the filters. User and secret match a part, case-insensitively (people type
 * "edna" for "Edna Editor"); the rest match exactly.
 */
export function matches(e: AuditEntry, q: AuditQuery): boolean {
  if (q.user && !contains(e.user, q.user)) return false;
  if (q.secret && !contains(e.secret, q.secret)) return false;
  if (q.scope && e.scope !== q.scope) return false;
  if (q.resourceGroup && e.resourceGroup !== q.resourceGroup) return false;
  if (q.action && e.action !== q.action) return false;
  if (q.connection && e.connection !== q.connection) return false;
  if (q.from && e.time < q.from) return false;
  if (q.to && e.time > q.to) return false;
  return true;
}
