// The behaviour both activity-log stores must show, run against each (file and PostgreSQL).
import { expect, it } from 'vitest';
import type { AuditAttempt, AuditStore } from '../console/audit/types';
import { auditQuerySchema } from '../console/audit/types';

export const attempt = (over: Partial<AuditAttempt> = {}): AuditAttempt => ({
  user: 'ada',
  connection: 'default',
  action: 'secret.create',
  scope: 'group',
  resourceGroup: 'team-a',
  secret: 'db-password',
  keys: ['password'],
  labels: [{ key: 'ext.ai.sap.com/owner', value: 'ada' }],
  consoleRequestId: 'req-1',
  ...over,
});

const q = (input: Record<string, unknown> = {}) => auditQuerySchema.parse(input);

/** `open` gives a store on the same storage each time (a restart), `fresh` a new empty one. */
export function auditStoreContract(fresh: () => Promise<{ open: () => Promise<AuditStore> }>) {
  it('records an attempt as unknown before its outcome, then the outcome', async () => {
    const store = await (await fresh()).open();
    const id = await store.begin(attempt());
    let [entry] = (await store.query(q())).entries;
    expect(entry).toMatchObject({ id, outcome: 'unknown', status: null, requestId: null, user: 'ada', keys: ['password'] });
    await store.finish(id, { outcome: 'success', status: 201, requestId: 'up-7' });
    [entry] = (await store.query(q())).entries;
    expect(entry).toMatchObject({ id, outcome: 'success', status: 201, requestId: 'up-7' });
    expect(Date.parse(entry!.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(entry!.time));
    await store.close();
  });

  it('keeps every entry across a restart, an unfinished attempt as unknown', async () => {
    const storage = await fresh();
    const first = await storage.open();
    const done = await first.begin(attempt({ secret: 'one' }));
    await first.finish(done, { outcome: 'failure', status: 409, requestId: 'x' });
    await first.begin(attempt({ secret: 'two', action: 'secret.rotate' }));
    await first.refused(attempt({ secret: 'three', user: 'vic' }), 403);
    await first.close();
    const again = await storage.open();
    const page = await again.query(q());
    expect(page.total).toBe(3);
    expect(page.entries.map((e) => [e.secret, e.outcome, e.status])).toEqual([
      ['three', 'refused', 403],
      ['two', 'unknown', null],
      ['one', 'failure', 409],
    ]);
    await again.close();
  });

  it('filters by user, secret, scope, action and time, newest first, in pages', async () => {
    const store = await (await fresh()).open();
    for (let i = 0; i < 7; i++)
      await store.begin(
        attempt({
          user: i % 2 ? 'bob' : 'ada',
          secret: `s${i}`,
          scope: i < 3 ? 'tenant-wide' : 'group',
          resourceGroup: i < 3 ? null : 'team-a',
          action: i === 6 ? 'secret.delete' : 'secret.create',
        }),
      );
    const all = await store.query(q());
    expect(all.entries.map((e) => e.secret)).toEqual(['s6', 's5', 's4', 's3', 's2', 's1', 's0']);
    const page2 = await store.query(q({ limit: '3', offset: '3' }));
    expect(page2).toMatchObject({ total: 7, offset: 3, limit: 3 });
    expect(page2.entries.map((e) => e.secret)).toEqual(['s3', 's2', 's1']);
    expect((await store.query(q({ user: 'bob' }))).entries.map((e) => e.secret)).toEqual(['s5', 's3', 's1']);
    // A part of the name, any case; LIKE's wildcards are plain characters.
    expect((await store.query(q({ user: 'BO' }))).total).toBe(3);
    expect((await store.query(q({ user: '%' }))).total).toBe(0);
    expect((await store.query(q({ secret: '_' }))).total).toBe(0);
    expect((await store.query(q({ secret: 's4' }))).total).toBe(1);
    expect((await store.query(q({ scope: 'tenant-wide' }))).entries.map((e) => e.secret)).toEqual(['s2', 's1', 's0']);
    expect((await store.query(q({ resourceGroup: 'team-a', user: 'ada' }))).entries.map((e) => e.secret)).toEqual(['s6', 's4']);
    expect((await store.query(q({ action: 'secret.delete' }))).entries.map((e) => e.secret)).toEqual(['s6']);
    const mid = all.entries[3]!.time;
    const after = await store.query(q({ from: mid }));
    expect(after.entries.every((e) => e.time >= mid)).toBe(true);
    expect(after.entries.map((e) => e.secret)).toContain('s3');
    expect((await store.query(q({ to: '2000-01-01T00:00:00Z' }))).total).toBe(0);
    await store.close();
  });

  it('knows who last changed a secret successfully, per scope', async () => {
    const store = await (await fresh()).open();
    const a = await store.begin(attempt({ secret: 'api-key', user: 'ada' }));
    await store.finish(a, { outcome: 'success', status: 200, requestId: null });
    const b = await store.begin(attempt({ secret: 'api-key', user: 'bob', action: 'secret.rotate' }));
    await store.finish(b, { outcome: 'success', status: 200, requestId: null });
    const c = await store.begin(attempt({ secret: 'api-key', user: 'eve', action: 'secret.delete' }));
    await store.finish(c, { outcome: 'failure', status: 404, requestId: null });
    const other = await store.begin(attempt({ secret: 'api-key', user: 'zed', resourceGroup: 'team-b' }));
    await store.finish(other, { outcome: 'success', status: 200, requestId: null });
    const last = await store.lastChanges({ connection: 'default', scope: 'group', resourceGroup: 'team-a', names: ['api-key', 'nothing'] });
    expect(Object.keys(last)).toEqual(['api-key']);
    expect(last['api-key']).toMatchObject({ user: 'bob', action: 'secret.rotate' });
    await store.close();
  });
}
