import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textToBase64 } from '../../../contract';
import { startTestConsole, type TestConsole } from '../../testing/console-fixture';
import { startTestEmulator, type TestEmulator } from '../../testing/emulator-fixture';
import { composeSummary, type UpstreamGet } from './compose';

let emu: TestEmulator;
let con: TestConsole;

beforeAll(async () => {
  emu = await startTestEmulator({ maxGroups: 60 });
  con = await startTestConsole({ serviceKey: emu.serviceKey });
});
afterAll(async () => {
  await con.close();
  await emu.close();
});

const summary = async () => {
  const res = await fetch(`${con.url}/api/summary`);
  return { status: res.status, timing: res.headers.get('server-timing'), body: (await res.json()) as any };
};

describe('GET /api/summary, composed upstream from the emulator', () => {
  it('holds every group, every scope and each group secret with its labels, and never a value', async () => {
    const groups = Array.from({ length: 12 }, (_, i) => `sum-${i}`);
    for (const id of groups) expect((await emu.api('/admin/resourceGroups', { body: { resourceGroupId: id } })).status).toBe(202);
    const value = textToBase64('never-in-summary-Ω');
    const label = [{ key: 'ext.ai.sap.com/team', value: 'nlp' }];
    await emu.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'main-one', data: { k: value } } });
    await emu.api('/admin/secrets', { scope: { kind: 'tenant-wide' }, body: { name: 'tw-one', data: { k: value } } });
    await emu.api('/admin/secrets', {
      scope: { kind: 'group', resourceGroup: 'sum-3' },
      body: { name: 'own', data: { k: value }, labels: label },
    });
    const before = con.logs.length;

    const { status, timing, body } = await summary();
    expect(status).toBe(200);
    // The browser's devtools (and the bench) see how long AI Core's lists took.
    expect(timing).toMatch(/^upstream;dur=\d+\.\d;desc="lists from AI Core"$/);
    expect(body.resourceGroups.map((g: any) => g.resourceGroupId).sort()).toEqual(['default', ...groups].sort());
    expect(body.main.map((s: any) => s.name)).toEqual(['main-one']);
    expect(body.tenantWide.map((s: any) => s.name)).toEqual(['tw-one']);
    expect(Object.keys(body.groups).sort()).toEqual(['default', ...groups].sort());
    expect(body.groups['sum-3']).toEqual([expect.objectContaining({ name: 'own', labels: label })]);
    expect(body.groups['sum-4']).toEqual([]);
    expect(body.failures).toEqual([]);
    // The tenant-wide quota, as the quota endpoint answers it for that scope.
    const quota = await emu.api('/admin/resourceQuota/secrets', { scope: { kind: 'tenant-wide' } });
    expect(body.quota).toEqual(quota.body);
    expect(body.quota.usage.count).toBe(1);
    const text = JSON.stringify(body);
    expect(text).not.toContain(value);
    expect(text).not.toContain('never-in-summary');
    // One request from the browser's side: one line in the console's request log.
    expect(con.logs.slice(before).filter((l) => l.includes('/api/summary'))).toHaveLength(1);
  });

  it('answers the upstream failure with its status and words when the groups cannot be listed', async () => {
    const broken = await startTestConsole({ serviceKey: { ...emu.serviceKey, clientsecret: 'wrong' } });
    try {
      const res = await fetch(`${broken.url}/api/summary`);
      expect(res.status).toBe(502);
      const body = (await res.json()) as any;
      expect(body.error.message).toMatch(/sign in to AI Core/);
      expect(JSON.stringify(body)).not.toContain('wrong');
    } finally {
      await broken.close();
    }
  });
});

describe('GET /api/summary against an emulator that pages its group list', () => {
  it('follows the Link pages until it has every group, each once', async () => {
    const paged = await startTestEmulator({ groupPageSize: 4, maxGroups: 30 });
    const pagedConsole = await startTestConsole({ serviceKey: paged.serviceKey });
    try {
      const ids = Array.from({ length: 13 }, (_, i) => `paged-${String(i).padStart(2, '0')}`);
      for (const id of ids) await paged.api('/admin/resourceGroups', { body: { resourceGroupId: id } });
      const first = await paged.api('/admin/resourceGroups', { headers: { Prefer: 'maxpagesize=1000' } });
      expect(first.headers.get('link')).toMatch(/continueToken/);
      const body = (await (await fetch(`${pagedConsole.url}/api/summary`)).json()) as any;
      const seen = body.resourceGroups.map((g: any) => g.resourceGroupId);
      expect(seen.sort()).toEqual(['default', ...ids].sort());
      expect(Object.keys(body.groups)).toHaveLength(14);
    } finally {
      await pagedConsole.close();
      await paged.close();
    }
  });
});

describe('composeSummary against the paging a real tenant uses', () => {
  it('follows Link headers for the group list and keeps at most N lists in flight', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `g${i}`);
    let inFlight = 0;
    let peak = 0;
    const seen: string[] = [];
    const get: UpstreamGet = async (path, headers) => {
      seen.push(path);
      if (path.startsWith('/admin/resourceGroups')) {
        const token = new URL(path, 'http://x').searchParams.get('continueToken');
        const page = token ? ids.slice(20) : ids.slice(0, 20);
        const link = token ? null : '</v2/admin/resourceGroups?continueToken=abc>; rel="next"';
        return { status: 200, link, json: { count: page.length, resources: page.map((resourceGroupId) => ({ resourceGroupId })) } };
      }
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      if (path.startsWith('/admin/resourceQuota')) return { status: 403, link: null, json: { error: { message: 'not for this key' } } };
      const group = headers['AI-Resource-Group'];
      const failing = group === 'g7';
      if (failing) return { status: 404, link: null, json: { error: { message: 'resource group g7 is being deleted' } } };
      return { status: 200, link: null, json: { count: 1, resources: [{ name: `in-${group}` }] } };
    };
    const result = await composeSummary(get, { concurrency: 4 });
    expect(result.resourceGroups).toHaveLength(30);
    expect(seen).toContain('/admin/resourceGroups?continueToken=abc');
    expect(result.groups.g29).toEqual([{ name: 'in-g29' }]);
    expect(result.failures).toEqual([{ scope: 'g7', status: 404, message: 'resource group g7 is being deleted' }]);
    // Every call of the summary (the scopes' lists and the quota too) shares the bound.
    expect(peak).toBeLessThanOrEqual(4);
    expect(peak).toBeGreaterThan(1);
    // A quota AI Core does not give leaves the quota out, never the summary.
    expect(result.quota).toBeNull();
  });

  it('starts the group list again when its continueToken went stale (410)', async () => {
    let calls = 0;
    const get: UpstreamGet = async (path) => {
      if (!path.startsWith('/admin/resourceGroups')) return { status: 200, link: null, json: { count: 0, resources: [] } };
      calls++;
      if (path.includes('continueToken=stale')) return { status: 410, link: null, json: { error: { message: 'the list changed' } } };
      const token = calls === 1 ? 'stale' : 'fresh';
      if (path.includes('continueToken=fresh')) return { status: 200, link: null, json: { resources: [{ resourceGroupId: 'b' }] } };
      return {
        status: 200,
        link: `</v2/admin/resourceGroups?continueToken=${token}>; rel="next"`,
        json: { resources: [{ resourceGroupId: 'a' }] },
      };
    };
    const result = await composeSummary(get);
    expect(result.resourceGroups).toEqual([{ resourceGroupId: 'a' }, { resourceGroupId: 'b' }]);
    expect(calls).toBe(4);
  });
});
