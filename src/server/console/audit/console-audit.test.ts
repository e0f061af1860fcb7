// The activity log as a client of the console sees it: every write through the proxy is recorded with
// who, where, what (key names only) and how it ended, and no value ever reaches the log or the logs.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console-fixture';
import { startTestEmulator, tempDir, waitFor } from '../../testing/emulator-fixture';
import { leakForms } from '../../testing/leaks';
import { FileAuditStore } from './file-store';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const FIRST = 'hunter2-Ünïcode-first-value';
const SECOND = 'rotated-value-9f8e7d6c5b4a';

async function setup(emulatorOptions: Parameters<typeof startTestEmulator>[0] = {}, upstreamTimeoutMs?: number) {
  const emu = await startTestEmulator(emulatorOptions);
  cleanups.push(() => emu.close());
  const dir = path.join(tempDir(), 'activity');
  const audit = FileAuditStore.open(dir);
  cleanups.push(() => audit.close());
  const con = await startTestConsole({ serviceKey: emu.serviceKey, audit, upstreamTimeoutMs });
  cleanups.push(() => con.close());
  const get = async (query = '') => {
    const res = await fetch(`${con.url}/api/audit${query}`);
    return { status: res.status, body: (await res.json()) as any };
  };
  return { emu, con, dir, get };
}

async function makeChanges(con: TestConsole) {
  const tw = { kind: 'tenant-wide' as const };
  const group = { kind: 'group' as const, resourceGroup: 'default' };
  const labels = [{ key: 'ext.ai.sap.com/owner', value: 'team-a' }];
  expect((await con.api('/admin/secrets', { scope: tw, body: { name: 'db-pass', data: { PASSWORD: b64(FIRST) }, labels } })).status).toBe(
    200,
  );
  expect(
    (await con.api('/admin/secrets/db-pass', { method: 'PATCH', scope: tw, body: { data: { PASSWORD: b64(SECOND), USER: b64(FIRST) } } }))
      .status,
  ).toBe(200);
  const relabel = {
    labels: [
      { key: 'ext.ai.sap.com/owner', value: '' },
      { key: 'ext.ai.sap.com/tier', value: 'gold' },
    ],
  };
  expect((await con.api('/admin/secrets/db-pass', { method: 'PATCH', scope: tw, body: relabel })).status).toBe(200);
  expect((await con.api('/admin/secrets', { scope: tw, body: { name: 'db-pass', data: { PASSWORD: b64(FIRST) } } })).status).toBe(409);
  expect((await con.api('/admin/secrets', { scope: group, body: { name: 'api', data: { KEY: b64(SECOND) } } })).status).toBe(200);
  expect((await con.api('/admin/secrets/api', { method: 'DELETE', scope: group })).status).toBe(200);
  expect((await con.api('/admin/resourceGroups', { body: { resourceGroupId: 'team-b' } })).status).toBe(202);
}

describe('the activity log of the console', () => {
  it('records every change through the proxy, newest first, with key names and label changes', async () => {
    const { con, get } = await setup();
    await makeChanges(con);
    await con.api('/admin/secrets', { scope: { kind: 'main' } }); // a read: not recorded
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body.total).toBe(7);
    const rows = body.entries.map((e: any) => [e.action, e.scope, e.resourceGroup, e.secret, e.outcome, e.status]);
    expect(rows).toEqual([
      ['resource-group.create', 'main', 'team-b', null, 'success', 202],
      ['secret.delete', 'group', 'default', 'api', 'success', 200],
      ['secret.create', 'group', 'default', 'api', 'success', 200],
      ['secret.create', 'tenant-wide', null, 'db-pass', 'failure', 409],
      ['secret.labels', 'tenant-wide', null, 'db-pass', 'success', 200],
      ['secret.rotate', 'tenant-wide', null, 'db-pass', 'success', 200],
      ['secret.create', 'tenant-wide', null, 'db-pass', 'success', 200],
    ]);
    const [, , , , labels, rotate, create] = body.entries;
    expect(create).toMatchObject({
      user: 'local',
      connection: 'default',
      keys: ['PASSWORD'],
      labels: [{ key: 'ext.ai.sap.com/owner', value: 'team-a' }],
    });
    expect(rotate.keys).toEqual(['PASSWORD', 'USER']);
    expect(labels.labels).toEqual([
      { key: 'ext.ai.sap.com/owner', value: null },
      { key: 'ext.ai.sap.com/tier', value: 'gold' },
    ]);
    // AI Core's own request id, for a support ticket, and the console's, for its request log.
    expect(create.requestId).toMatch(/\S{8,}/);
    expect(con.logs.some((l) => l.includes(create.consoleRequestId))).toBe(true);
  });

  it('filters and pages over HTTP, and names the bad parameter', async () => {
    const { con, get } = await setup();
    await makeChanges(con);
    expect((await get('?action=secret.rotate')).body.entries.map((e: any) => e.secret)).toEqual(['db-pass']);
    expect((await get('?secret=api')).body.total).toBe(2);
    expect((await get('?scope=group&resourceGroup=default')).body.total).toBe(2);
    expect((await get('?user=someone-else')).body.total).toBe(0);
    const page = await get('?limit=2&offset=2');
    expect(page.body).toMatchObject({ total: 7, offset: 2, limit: 2 });
    expect(page.body.entries.map((e: any) => e.action)).toEqual(['secret.create', 'secret.create']);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await get(`?from=${future}`)).body.total).toBe(0);
    for (const [query, field] of [
      ['?action=secret.explode', 'action'],
      ['?limit=100000', 'limit'],
      ['?from=yesterday', 'from'],
      ['?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
    ] as const) {
      const bad = await get(query);
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('InvalidQuery');
      expect(bad.body.error.message).toContain(`"${field}"`);
    }
  });

  it('tells who changed a secret last, and exports CSV that a spreadsheet will not execute', async () => {
    const { con } = await setup();
    await makeChanges(con);
    const last = await fetch(`${con.url}/api/audit/last?scope=tenant-wide&name=db-pass&name=unknown`).then((r) => r.json());
    expect(Object.keys(last.changes)).toEqual(['db-pass']);
    expect(last.changes['db-pass']).toMatchObject({ user: 'local', action: 'secret.labels' });
    const bad = await fetch(`${con.url}/api/audit/last?scope=group&name=x`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.message).toContain('"resourceGroup"');

    await con.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: '=cmd', data: { K: b64('x') } } });
    const csv = await fetch(`${con.url}/api/audit/export?action=secret.create`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="activity-.*\.csv"/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('time,user,connection,action,scope,resourceGroup,secret,keys,labels,outcome,status,requestId');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(",'=cmd,");
  });

  it('never writes a value, its Base64 or a hash of it to the activity log or the request log', async () => {
    const { con, dir, get } = await setup();
    await makeChanges(con);
    const stored = fs.readFileSync(path.join(dir, 'activity.jsonl'), 'utf8');
    const served = JSON.stringify((await get('?limit=500')).body);
    const csv = await fetch(`${con.url}/api/audit/export`).then((r) => r.text());
    expect(stored).toContain('db-pass'); // the scan reads the right file
    for (const value of [FIRST, SECOND])
      for (const form of leakForms(value))
        for (const [where, text] of Object.entries({ stored, served, csv, logs: con.logs.join('\n') }))
          expect(text.includes(form), `${where} contains a form of a value`).toBe(false);
  });

  it('changes nothing upstream when the log cannot be written, and says so', async () => {
    const { emu, con } = await setup();
    await con.deps.audit!.close(); // the disk went away
    const res = await con.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'lost', data: { K: b64('v') } } });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/Nothing was changed: the activity log cannot be written/);
    expect((await emu.api('/admin/secrets', { scope: { kind: 'main' } })).body.resources).toEqual([]);
  });

  it('records a write whose answer timed out as unknown: AI Core may have made it', async () => {
    const { emu, con, get } = await setup({ latencyMs: 600 }, 150);
    const res = await con.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'slow', data: { K: b64('v') } } });
    expect(res.status).toBe(504);
    const [entry] = (await get()).body.entries;
    expect(entry).toMatchObject({ secret: 'slow', outcome: 'unknown', status: 504 });
    // The emulator finishes the create after the console gave up waiting.
    await waitFor(
      () => emu.api('/admin/secrets', { scope: { kind: 'main' } }),
      (r) => r.body.resources.some((x: { name: string }) => x.name === 'slow'),
    );
  });
});
