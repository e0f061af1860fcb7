// The activity log in PostgreSQL (DATABASE_URL): replicas share it. The attempt is a committed row before
// the write goes upstream, and its outcome an UPDATE after; PostgreSQL's commit is durable (WAL fsync).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { migrate } from './migrations';
import type { AuditAttempt, AuditEntry, AuditPage, AuditQuery, AuditResult, AuditStore, LastChange, SecretRef } from './types';

type Row = {
  id: string;
  time: Date;
  user_name: string;
  connection: string;
  action: AuditEntry['action'];
  scope: AuditEntry['scope'];
  resource_group: string | null;
  secret: string | null;
  keys: string[];
  labels: AuditEntry['labels'];
  console_request_id: string;
  outcome: AuditEntry['outcome'];
  status: number | null;
  request_id: string | null;
  finished_at: Date | null;
};

const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  time: r.time.toISOString(),
  user: r.user_name,
  connection: r.connection,
  action: r.action,
  scope: r.scope,
  resourceGroup: r.resource_group,
  secret: r.secret,
  keys: r.keys,
  labels: r.labels,
  consoleRequestId: r.console_request_id,
  outcome: r.outcome,
  status: r.status,
  requestId: r.request_id,
  finishedAt: r.finished_at?.toISOString() ?? null,
});

/** Says where the database is without its password, for logs and errors. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return '(an unreadable DATABASE_URL)';
  }
}

export class PgAuditStore implements AuditStore {
  readonly kind = 'postgres';
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string, { max = 10 }: { max?: number } = {}): Promise<PgAuditStore> {
    const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
    // An idle client that loses its connection must not take the process down.
    pool.on('error', () => {});
    try {
      await migrate(pool);
    } catch (err) {
      await pool.end().catch(() => {});
      throw new Error(`the activity log database at ${describeDatabaseUrl(url)} cannot be used: ${(err as Error).message}`);
    }
    return new PgAuditStore(pool);
  }

  async begin(a: AuditAttempt): Promise<string> {
    const id = randomUUID();
    await this.pool.query(
      `INSERT INTO console_activity (id, user_name, connection, action, scope, resource_group, secret, keys, labels, console_request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        a.user,
        a.connection,
        a.action,
        a.scope,
        a.resourceGroup,
        a.secret,
        JSON.stringify(a.keys),
        JSON.stringify(a.labels),
        a.consoleRequestId,
      ],
    );
    return id;
  }

  async finish(id: string, r: AuditResult): Promise<void> {
    await this.pool.query(
      'UPDATE console_activity SET outcome = $2, status = $3, request_id = $4, finished_at = clock_timestamp() WHERE id = $1',
      [id, r.outcome, r.status, r.requestId],
    );
  }

  async refused(a: AuditAttempt, status: number): Promise<void> {
    const id = await this.begin(a);
    await this.finish(id, { outcome: 'refused', status, requestId: null });
  }

  async query(q: AuditQuery): Promise<AuditPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    // A part of the name, case-insensitively, as the embedded store does; LIKE's own wildcards are escaped.
    const part = (v: string) => `%${v.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    if (q.user) add('user_name ILIKE ?', part(q.user));
    if (q.secret) add('secret ILIKE ?', part(q.secret));
    if (q.scope) add('scope = ?', q.scope);
    if (q.resourceGroup) add('resource_group = ?', q.resourceGroup);
    if (q.action) add('action = ?', q.action);
    if (q.connection) add('connection = ?', q.connection);
    if (q.from) add('time >= ?', q.from);
    if (q.to) add('time <= ?', q.to);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [count, rows] = await Promise.all([
      this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM console_activity ${filter}`, params),
      this.pool.query<Row>(
        `SELECT * FROM console_activity ${filter} ORDER BY time DESC, seq DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, q.limit, q.offset],
      ),
    ]);
    return { entries: rows.rows.map(toEntry), total: Number(count.rows[0]?.n ?? 0), offset: q.offset, limit: q.limit };
  }

  async lastChanges(ref: SecretRef): Promise<Record<string, LastChange>> {
    if (ref.names.length === 0) return {};
    const rows = await this.pool.query<{ secret: string; user_name: string; time: Date; action: LastChange['action'] }>(
      `SELECT DISTINCT ON (secret) secret, user_name, time, action FROM console_activity
       WHERE connection = $1 AND scope = $2 AND resource_group IS NOT DISTINCT FROM $3 AND secret = ANY($4) AND outcome = 'success'
       ORDER BY secret, seq DESC`,
      [ref.connection, ref.scope, ref.resourceGroup, ref.names],
    );
    return Object.fromEntries(rows.rows.map((r) => [r.secret, { user: r.user_name, time: r.time.toISOString(), action: r.action }]));
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
