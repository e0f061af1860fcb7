// Resource groups as the real service has them, over real HTTP: labels on create and replaced by PATCH,
// scheduled deletion, the group quota, and the list's paging (Prefer: maxpagesize, Link, continueToken, 410).
import { afterEach, describe, expect, it } from 'vitest';
import { textToBase64 } from '../../contract';
import { startTestEmulator, waitFor, type TestEmulator } from '../testing/emulator-fixture';

let emu: TestEmulator;
afterEach(() => emu?.close());

const ok = { k: textToBase64('v') };
const team = (value: string) => ({ key: 'ext.ai.sap.com/team', value });

async function createGroups(ids: string[], labels: { key: string; value: string }[] = []) {
  for (const id of ids) expect((await emu.api('/admin/resourceGroups', { body: { resourceGroupId: id, labels } })).status).toBe(202);
}

/** The token in a `Link: <...?continueToken=T>; rel="next"` header. */
function nextToken(link: string | null): string | null {
  if (!link) return null;
  const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
  return m ? new URL(m[1]!, 'http://x').searchParams.get('continueToken') : null;
}

describe('resource-group labels', () => {
  it('keeps labels given on create, and PATCH replaces the whole set', async () => {
    emu = await startTestEmulator();
    await createGroups(['lab-1'], [team('nlp'), { key: 'ext.ai.sap.com/stage', value: 'dev' }]);
    expect((await emu.api('/admin/resourceGroups/lab-1')).body.labels).toEqual([
      team('nlp'),
      { key: 'ext.ai.sap.com/stage', value: 'dev' },
    ]);
    const patch = await emu.api('/admin/resourceGroups/lab-1', { method: 'PATCH', body: { labels: [team('vision')] } });
    expect(patch.status).toBe(202);
    // The stage label was left out, so it is gone.
    expect((await emu.api('/admin/resourceGroups/lab-1')).body.labels).toEqual([team('vision')]);
  });
});

describe('scheduled deletion', () => {
  it('shows the group as DEPROVISIONING, refuses new secrets there, then removes it', async () => {
    emu = await startTestEmulator({ groupDeletionDelayMs: 600 });
    await createGroups(['doomed']);
    await emu.api('/admin/secrets', { scope: { kind: 'tenant-wide' }, body: { name: 'tw', data: ok } });
    const del = await emu.api('/admin/resourceGroups/doomed', { method: 'DELETE' });
    expect(del).toMatchObject({ status: 202, body: { id: 'doomed', message: 'Resource Group deletion scheduled' } });

    const during = await emu.api('/admin/resourceGroups/doomed');
    expect(during.body).toMatchObject({ resourceGroupId: 'doomed', status: 'DEPROVISIONING' });
    expect(during.body.statusMessage).toMatch(/deletion scheduled/);
    const listed = await emu.api('/admin/resourceGroups');
    expect(listed.body.resources.find((g: { resourceGroupId: string }) => g.resourceGroupId === 'doomed')?.status).toBe('DEPROVISIONING');

    const scope = { kind: 'group', resourceGroup: 'doomed' } as const;
    const create = await emu.api('/admin/secrets', { scope, body: { name: 'late', data: ok } });
    expect(create.status).toBe(409);
    expect(create.body.error).toMatchObject({ code: 'ResourceGroupDeleting' });
    expect(create.body.error.message).toMatch(/"doomed" is being deleted/);
    expect((await emu.api('/admin/resourceGroups/doomed', { method: 'PATCH', body: { labels: [] } })).status).toBe(409);
    expect((await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'doomed' } })).body.error.message).toMatch(
      /still being deleted/,
    );
    // Asking again changes nothing.
    expect((await emu.api('/admin/resourceGroups/doomed', { method: 'DELETE' })).status).toBe(202);
    expect((await emu.api('/admin/secrets', { scope })).body.count).toBe(0);

    await waitFor(
      () => emu.api('/admin/resourceGroups/doomed'),
      (r) => r.status === 404,
    );
    const tw = await emu.api('/admin/secrets/tw', { scope: { kind: 'tenant-wide' } });
    expect(Object.keys(tw.body.resourceGroupSecretsSyncStatus)).not.toContain('doomed');
  });

  it('finishes a deletion scheduled before a restart', async () => {
    emu = await startTestEmulator({ groupDeletionDelayMs: 60_000 });
    await createGroups(['across-restart']);
    await emu.api('/admin/resourceGroups/across-restart', { method: 'DELETE' });
    const dataDir = emu.dataDir;
    await emu.close();
    emu = await startTestEmulator({ dataDir, groupDeletionDelayMs: 300 });
    expect((await emu.api('/admin/resourceGroups/across-restart')).body.status).toBe('DEPROVISIONING');
    await waitFor(
      () => emu.api('/admin/resourceGroups/across-restart'),
      (r) => r.status === 404,
    );
  });
});

describe('the group quota', () => {
  it('answers usage and maxCount, and counts a group being deleted until it is gone', async () => {
    emu = await startTestEmulator({ maxGroups: 7, groupDeletionDelayMs: 300 });
    await createGroups(['q-1', 'q-2']);
    expect((await emu.api('/admin/resourceQuota/resourceGroups')).body).toEqual({ usage: { count: 3 }, quota: { maxCount: 7 } }); // default, q-1, q-2
    expect((await emu.api('/admin/resourceQuota/resourceGroups?quotaOnly=true')).body).toEqual({ quota: { maxCount: 7 } });
    await emu.api('/admin/resourceGroups/q-2', { method: 'DELETE' });
    expect((await emu.api('/admin/resourceQuota/resourceGroups')).body.usage.count).toBe(3);
    await waitFor(
      () => emu.api('/admin/resourceQuota/resourceGroups'),
      (r) => r.body.usage.count === 2,
    );
  });
});

describe('paging the group list', () => {
  const ids = Array.from({ length: 12 }, (_, i) => `page-${String(i).padStart(2, '0')}`);

  async function walk(first: string, headers: Record<string, string>) {
    const pages: string[][] = [];
    let res = await emu.api(first, { headers });
    for (let i = 0; i < 50; i++) {
      expect(res.status).toBe(200);
      pages.push(res.body.resources.map((g: { resourceGroupId: string }) => g.resourceGroupId));
      const token = nextToken(res.headers.get('link'));
      if (!token) break;
      res = await emu.api(`/admin/resourceGroups?continueToken=${encodeURIComponent(token)}`, { headers });
    }
    return pages;
  }

  it('pages with Prefer: maxpagesize and a Link carrying continueToken, until every group was seen once', async () => {
    emu = await startTestEmulator({ maxGroups: 50 });
    await createGroups(ids);
    const first = await emu.api('/admin/resourceGroups?$count=true', { headers: { Prefer: 'maxpagesize=5' } });
    expect(first.body.count).toBe(13);
    expect(first.body.resources).toHaveLength(5);
    expect(first.headers.get('preference-applied')).toBe('maxpagesize=5');
    expect(first.headers.get('link')).toMatch(/^<\/v2\/admin\/resourceGroups\?continueToken=[\w-]+>; rel="next"$/);
    const pages = await walk('/admin/resourceGroups', { Prefer: 'maxpagesize=5' });
    expect(pages.map((p) => p.length)).toEqual([5, 5, 3]);
    expect(pages.flat()).toEqual(['default', ...ids]);
    // Without a preference (and no cap of the service's own), one page holds everything and there is no Link.
    const all = await emu.api('/admin/resourceGroups');
    expect(all.body.resources).toHaveLength(13);
    expect(all.headers.get('link')).toBeNull();
  });

  it("caps pages at the service's own size, and carries the label selector in the token", async () => {
    emu = await startTestEmulator({ maxGroups: 50, groupPageSize: 3 });
    await createGroups(ids.slice(0, 7), [team('a')]);
    await createGroups(ids.slice(7), [team('b')]);
    const pages = await walk(`/admin/resourceGroups?labelSelector=${encodeURIComponent('ext.ai.sap.com/team=a')}`, {
      Prefer: 'return=minimal, maxpagesize=50',
    });
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(ids.slice(0, 7));
  });

  it('answers 410 for a token the list changed under, and 400 for one it never issued', async () => {
    emu = await startTestEmulator({ maxGroups: 50 });
    await createGroups(ids.slice(0, 4));
    const first = await emu.api('/admin/resourceGroups', { headers: { Prefer: 'maxpagesize=2' } });
    const token = nextToken(first.headers.get('link'))!;
    await createGroups(['page-zz']);
    const stale = await emu.api(`/admin/resourceGroups?continueToken=${token}`);
    expect(stale.status).toBe(410);
    expect(stale.body.error).toMatchObject({ code: 'Gone', target: '/v2/admin/resourceGroups' });
    expect(stale.body.error.message).toMatch(/List from the first page again/);

    const forged = await emu.api('/admin/resourceGroups?continueToken=bm90LWEtdG9rZW4');
    expect(forged).toMatchObject({ status: 400, body: { error: { code: 'InvalidQuery' } } });
    const fresh = nextToken((await emu.api('/admin/resourceGroups', { headers: { Prefer: 'maxpagesize=2' } })).headers.get('link'))!;
    const mixed = await emu.api(`/admin/resourceGroups?continueToken=${fresh}&$top=1`);
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.message).toMatch(/continueToken carries the whole query/);
  });
});
