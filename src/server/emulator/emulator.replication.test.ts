import { afterEach, describe, expect, it } from 'vitest';
import { base64ToText, textToBase64, type Scope } from '../../contract';
import { client, startTestEmulator, waitFor, type TestEmulator } from '../testing/emulator-fixture';

let emu: TestEmulator;
afterEach(() => emu.close());

const tw: Scope = { kind: 'tenant-wide' };
const group = (resourceGroup: string): Scope => ({ kind: 'group', resourceGroup });
const status = async (name: string) => (await emu.api(`/admin/secrets/${name}`, { scope: tw })).body.resourceGroupSecretsSyncStatus;
const mounted = async (g: string, name: string) => client(emu.url, () => emu.token)(`/__emulator/resourceGroups/${g}/secrets/${name}`);
const allTrue = (s: Record<string, boolean>) => Object.values(s).every(Boolean);

async function withGroups(options: Parameters<typeof startTestEmulator>[0], ids: string[]) {
  emu = await startTestEmulator(options);
  for (const id of ids) await emu.api('/admin/resourceGroups', { body: { resourceGroupId: id } });
  await waitFor(
    () => emu.api('/admin/resourceGroups'),
    (r) => r.body.resources.every((g: { status: string }) => g.status === 'PROVISIONED'),
  );
}

describe('replication of tenant-wide secrets', () => {
  it('copies into every group a few at a time, under both names of the status map', async () => {
    await withGroups({ replicationDelayMs: 150, replicationConcurrency: 1 }, ['grp-1', 'grp-2', 'grp-3']);
    await emu.api('/admin/secrets', { scope: tw, body: { name: 'shared', data: { k: textToBase64('v1') } } });
    const first = await emu.api('/admin/secrets/shared', { scope: tw });
    expect(Object.keys(first.body.resourceGroupSecretsSyncStatus).sort()).toEqual(['default', 'grp-1', 'grp-2', 'grp-3']);
    expect(first.body.resourceGroupSecretReplicationStatus).toEqual(first.body.resourceGroupSecretsSyncStatus);
    const seen = new Set<number>();
    await waitFor(
      () => status('shared'),
      (s) => {
        seen.add(Object.values(s).filter(Boolean).length);
        return allTrue(s);
      },
    );
    expect(seen.size).toBeGreaterThan(2); // intermediate states were visible
    expect((await mounted('grp-2', 'shared')).body).toMatchObject({ source: 'tenant-wide', text: { k: 'v1' } });
  });

  it('goes back to false after a data PATCH, then rolls the new value out; a label PATCH changes nothing', async () => {
    await withGroups({ replicationDelayMs: 100 }, ['grp-1']);
    await emu.api('/admin/secrets', { scope: tw, body: { name: 'rot', data: { k: textToBase64('old') } } });
    await waitFor(() => status('rot'), allTrue);
    await emu.api('/admin/secrets/rot', { method: 'PATCH', scope: tw, body: { labels: [{ key: 'ext.ai.sap.com/a', value: 'b' }] } });
    expect(allTrue(await status('rot'))).toBe(true);
    await emu.api('/admin/secrets/rot', { method: 'PATCH', scope: tw, body: { data: { k: textToBase64('new') } } });
    expect(Object.values(await status('rot'))).toEqual([false, false]);
    expect((await mounted('grp-1', 'rot')).body).toMatchObject({ current: false, text: { k: 'old' } });
    await waitFor(() => status('rot'), allTrue);
    expect((await mounted('grp-1', 'rot')).body).toMatchObject({ current: true, text: { k: 'new' } });
  });

  it('gives a group created later every tenant-wide secret', async () => {
    await withGroups({}, []);
    await emu.api('/admin/secrets', { scope: tw, body: { name: 'a', data: { k: 'Zm9v' } } });
    await emu.api('/admin/secrets', { scope: tw, body: { name: 'b', data: { k: 'YmFy' } } });
    const created = await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'late-group' } });
    expect(created.status).toBe(202);
    await waitFor(
      () => status('a'),
      (s) => s['late-group'] === true,
    );
    await waitFor(
      () => status('b'),
      (s) => s['late-group'] === true,
    );
  });

  it('leaves stuck groups false while the rest complete', async () => {
    await withGroups({ stuckGroups: ['broken'] }, ['okay', 'broken']);
    await emu.api('/admin/secrets', { scope: tw, body: { name: 's', data: { k: 'Zm9v' } } });
    await waitFor(
      () => status('s'),
      (s) => s.okay === true && s.default === true,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect((await status('s')).broken).toBe(false);
  });

  it('lets a group secret shadow the copy until the re-sync takes it back', async () => {
    await withGroups({ resyncIntervalMs: 600 }, ['grp-1']);
    await emu.api('/admin/secrets', { scope: tw, body: { name: 'meter', data: { k: textToBase64('central') } } });
    await waitFor(() => status('meter'), allTrue);
    await emu.api('/admin/secrets', { scope: group('grp-1'), body: { name: 'meter', data: { k: textToBase64('local') } } });
    expect((await status('meter'))['grp-1']).toBe(false);
    expect((await mounted('grp-1', 'meter')).body).toMatchObject({
      source: 'resource-group',
      shadowsTenantWide: true,
      text: { k: 'local' },
    });
    expect((await emu.api('/admin/secrets', { scope: group('grp-1') })).body.resources).toHaveLength(1);
    await waitFor(
      () => status('meter'),
      (s) => s['grp-1'] === true,
    );
    expect((await mounted('grp-1', 'meter')).body).toMatchObject({ source: 'tenant-wide', text: { k: 'central' } });
    expect((await emu.api('/admin/secrets', { scope: group('grp-1') })).body.resources).toHaveLength(0);
  });

  it('removes every copy when the tenant-wide secret is deleted', async () => {
    await withGroups({}, ['grp-1']);
    await emu.api('/admin/secrets', { scope: tw, body: { name: 'gone', data: { k: 'Zm9v' } } });
    await waitFor(() => status('gone'), allTrue);
    await emu.api('/admin/secrets/gone', { method: 'DELETE', scope: tw });
    expect((await mounted('grp-1', 'gone')).status).toBe(404);
    expect((await mounted('default', 'gone')).status).toBe(404);
  });

  it('stores exactly the bytes it was given', async () => {
    await withGroups({}, []);
    const value = 'naïve ☃ 𝄞 \u0000 end';
    await emu.api('/admin/secrets', { scope: group('default'), body: { name: 'bytes', data: { v: textToBase64(value) } } });
    const view = (await mounted('default', 'bytes')).body;
    expect(base64ToText(view.data.v)).toBe(value);
  });
});

describe('resource groups', () => {
  it('provisions, lists with labelSelector and paging, replaces labels on PATCH, deletes', async () => {
    emu = await startTestEmulator({ provisionDelayMs: 200 });
    const labels = (team: string) => [{ key: 'ext.ai.sap.com/team', value: team }];
    await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'nlp-1', labels: labels('nlp') } });
    await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'cv-1', labels: labels('cv') } });
    expect((await emu.api('/admin/resourceGroups/nlp-1')).body.status).toBe('PROVISIONING');
    await waitFor(
      () => emu.api('/admin/resourceGroups/nlp-1'),
      (r) => r.body.status === 'PROVISIONED',
    );
    const sel = await emu.api(`/admin/resourceGroups?labelSelector=${encodeURIComponent('ext.ai.sap.com/team=nlp')}`);
    expect(sel.body.resources.map((g: { resourceGroupId: string }) => g.resourceGroupId)).toEqual(['nlp-1']);
    const neg = await emu.api(`/admin/resourceGroups?labelSelector=${encodeURIComponent('ext.ai.sap.com/team!=nlp')}&$count=true&$top=1`);
    expect(neg.body.count).toBe(2);
    expect(neg.body.resources).toHaveLength(1);
    const patch = await emu.api('/admin/resourceGroups/nlp-1', {
      method: 'PATCH',
      body: { labels: [{ key: 'ext.ai.sap.com/owner', value: 'x' }] },
    });
    expect(patch.status).toBe(202);
    expect((await emu.api('/admin/resourceGroups/nlp-1')).body.labels).toEqual([{ key: 'ext.ai.sap.com/owner', value: 'x' }]);
    const del = await emu.api('/admin/resourceGroups/cv-1', { method: 'DELETE' });
    expect(del).toMatchObject({ status: 202, body: { id: 'cv-1', message: 'Resource Group deletion scheduled' } });
    // Deletion is scheduled: the group shows DEPROVISIONING first (emulator.resource-groups.test.ts follows it to the end).
    expect((await emu.api('/admin/resourceGroups/cv-1')).body.status).toBe('DEPROVISIONING');
  });

  it('caps the number of groups', async () => {
    emu = await startTestEmulator({ maxGroups: 3 });
    expect((await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'two' } })).status).toBe(202);
    expect((await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'three' } })).status).toBe(202);
    const fourth = await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'four' } });
    expect(fourth.body.error).toMatchObject({ code: 'QuotaExceeded' });
  });
});
