// Schema migrations for the PostgreSQL activity log, run at start. An advisory lock makes replicas that
// start together take turns; each migration runs once, in its own transaction, and is remembered.
import type pg from 'pg';

const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE console_activity (
        seq bigserial UNIQUE NOT NULL,
        id uuid PRIMARY KEY,
        time timestamptz NOT NULL DEFAULT clock_timestamp(),
        user_name text NOT NULL,
        connection text NOT NULL,
        action text NOT NULL,
        scope text NOT NULL,
        resource_group text,
        secret text,
        keys jsonb NOT NULL DEFAULT '[]',
        labels jsonb NOT NULL DEFAULT '[]',
        console_request_id text NOT NULL,
        outcome text NOT NULL DEFAULT 'unknown',
        status integer,
        request_id text,
        finished_at timestamptz
      );
      CREATE INDEX console_activity_time ON console_activity (time DESC, seq DESC);
      CREATE INDEX console_activity_secret ON console_activity (connection, scope, secret, seq DESC);
      CREATE INDEX console_activity_user ON console_activity (user_name, time DESC);
    `,
  },
  {
    // Sessions ended by sign-out (auth/revocations.ts), until their cookie would have expired.
    version: 2,
    sql: `CREATE TABLE console_revoked_sessions (sid text PRIMARY KEY, until_at timestamptz NOT NULL);`,
  },
];

/** A fixed key for pg_advisory_xact_lock: "aicore-console-migrations" squeezed into an int8. */
const LOCK_KEY = 7_305_112_019_884_411;

export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS console_schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM console_schema_migrations')).rows.map((r) => r.version),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO console_schema_migrations (version) VALUES ($1)', [m.version]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
  return applied;
}
