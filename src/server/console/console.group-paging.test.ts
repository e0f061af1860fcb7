// The group list's paging and the group quota through the console's proxy, over real HTTP: the browser can
// only follow pages it is told about, so `Link` must survive the proxy, and a stale token's 410 too.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../testing/console-fixture';
import { startTestEmulator, type TestEmulator } from '../testing/emulator-fixture';

let emu: TestEmulator;
let con: TestConsole;
afterEach(async () => {
  await con?.close();
  await emu?.close();
});

const tokenOf = (link: string | null) => /continueToken=([\w-]+)/.exec(link ?? '')?.[1] ?? null;

describe('the proxy and the group list', () => {
  it('forwards Prefer, Link and Preference-Applied, and the pages walk to the end', async () => {
    emu = await startTestEmulator({ maxGroups: 20 });
    con = await startTestConsole({ serviceKey: emu.serviceKey });
    for (let i = 0; i < 6; i++) await emu.api('/admin/resourceGroups', { body: { resourceGroupId: `via-proxy-${i}` } });
    const seen: string[] = [];
    let res = await con.api('/admin/resourceGroups?$count=true', { headers: { prefer: 'maxpagesize=3' } });
    expect(res.headers.get('preference-applied')).toBe('maxpagesize=3');
    expect(res.body.count).toBe(7);
    for (let i = 0; i < 10; i++) {
      seen.push(...res.body.resources.map((g: { resourceGroupId: string }) => g.resourceGroupId));
      const token = tokenOf(res.headers.get('link'));
      if (!token) break;
      res = await con.api(`/admin/resourceGroups?continueToken=${token}`);
    }
    expect(seen).toEqual(['default', ...Array.from({ length: 6 }, (_, i) => `via-proxy-${i}`)]);
  });

  it('passes a stale token’s 410 through, and serves the group quota', async () => {
    emu = await startTestEmulator({ maxGroups: 20 });
    con = await startTestConsole({ serviceKey: emu.serviceKey });
    for (let i = 0; i < 3; i++) await emu.api('/admin/resourceGroups', { body: { resourceGroupId: `stale-${i}` } });
    const token = tokenOf((await con.api('/admin/resourceGroups', { headers: { prefer: 'maxpagesize=2' } })).headers.get('link'));
    await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'stale-new' } });
    const stale = await con.api(`/admin/resourceGroups?continueToken=${token}`);
    expect(stale.status).toBe(410);
    expect(stale.body.error.code).toBe('Gone');
    expect((await con.api('/admin/resourceQuota/resourceGroups')).body).toEqual({ usage: { count: 5 }, quota: { maxCount: 20 } });
    expect((await con.api('/admin/resourceQuota/resourceGroups', { method: 'POST', body: {} })).status).toBe(404);
  });
});
