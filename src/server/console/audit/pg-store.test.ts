import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditStoreContract } from '../../testing/audit-store-contract';
import { startPostgres, type TestPostgres } from '../../testing/postgres';
import { PgAuditStore } from './pg-store';

let server: TestPostgres;
let n = 0;
beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

describe('the activity log in a real PostgreSQL server', () => {
  auditStoreContract(async () => {
    const url = await server.createDatabase(`contract_${++n}`);
    return { open: () => PgAuditStore.open(url, { max: 3 }) };
  });

  it('runs its migrations once, even when replicas start together', async () => {
    const url = await server.createDatabase('migrations');
    const stores = await Promise.all([1, 2, 3].map(() => PgAuditStore.open(url, { max: 2 })));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const versions = await client.query<{ version: number }>('SELECT version FROM console_schema_migrations');
    expect(versions.rows.map((r) => r.version)).toEqual([1, 2]);
    await client.end();
    await Promise.all(stores.map((s) => s.close()));
  });

  it('says clearly when the database cannot be used, without the password', async () => {
    const url = `postgres://postgres:s3cr3t-pw@127.0.0.1:${server.port}/does_not_exist`;
    const err = await PgAuditStore.open(url).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/activity log database at 127\.0\.0\.1:\d+\/does_not_exist cannot be used/);
    expect((err as Error).message).not.toContain('s3cr3t-pw');
  });
});
