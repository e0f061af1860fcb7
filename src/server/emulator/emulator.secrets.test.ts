import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textToBase64, type Scope } from '../../contract';
import { startTestEmulator, type TestEmulator } from '../testing/emulator-fixture';

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator();
  await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'team-a' } });
});
afterEach(() => emu.close());

const scopes: [string, Scope][] = [
  ['main tenant', { kind: 'main' }],
  ['tenant-wide', { kind: 'tenant-wide' }],
  ['resource group', { kind: 'group', resourceGroup: 'team-a' }],
];

describe.each(scopes)('generic secrets at the %s scope', (_label, scope) => {
  it('creates, reads, lists, patches and deletes with the contract codes and bodies', async () => {
    const created = await emu.api('/admin/secrets', { scope, body: { name: 'db-creds', data: { user: textToBase64('ädmin') } } });
    expect(created).toMatchObject({ status: 200, body: { message: 'secret has been created', name: 'db-creds' } });

    const got = await emu.api('/admin/secrets/db-creds', { scope });
    expect(got.status).toBe(200);
    expect(got.body.name).toBe('db-creds');
    expect(Date.parse(got.body.createdAt)).not.toBeNaN();
    expect(got.body).not.toHaveProperty('data'); // values are write-only

    const patched = await emu.api('/admin/secrets/db-creds', { method: 'PATCH', scope, body: { data: { user: textToBase64('root') } } });
    expect(patched).toMatchObject({ status: 200, body: { message: 'The secret has been modified', name: 'db-creds' } });

    const list = await emu.api('/admin/secrets', { scope });
    expect(list.body.resources.map((s: { name: string }) => s.name)).toEqual(['db-creds']);

    const deleted = await emu.api('/admin/secrets/db-creds', { method: 'DELETE', scope });
    expect(deleted).toMatchObject({ status: 200, body: 200 });
    expect((await emu.api('/admin/secrets/db-creds', { scope })).status).toBe(404);
  });

  it('keeps scopes apart', async () => {
    await emu.api('/admin/secrets', { scope, body: { name: 'only-here', data: { k: 'Zm9v' } } });
    for (const [, other] of scopes.filter(([, s]) => s !== scope))
      expect((await emu.api('/admin/secrets/only-here', { scope: other })).status).toBe(404);
  });
});

describe('listing', () => {
  it('pages with $top and $skip, and counts the total with $count=true', async () => {
    const scope: Scope = { kind: 'main' };
    for (const n of ['c', 'a', 'e', 'b', 'd']) await emu.api('/admin/secrets', { scope, body: { name: n, data: { k: 'Zm9v' } } });
    const page = await emu.api('/admin/secrets?$top=2&$skip=1&$count=true', { scope });
    expect(page.body.count).toBe(5);
    expect(page.body.resources.map((s: { name: string }) => s.name)).toEqual(['b', 'c']);
    const encoded = await emu.api('/admin/secrets?%24top=2', { scope });
    expect(encoded.body).toMatchObject({ count: 2 });
  });

  it('reads scope headers case-insensitively and treats tenant scope with a concrete group as the main tenant', async () => {
    await emu.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'm', data: { k: 'Zm9v' } } });
    const sdkStyle = await emu.api('/admin/secrets', { headers: { 'ai-tenant-scope': 'TRUE', 'ai-resource-group': 'default' } });
    expect(sdkStyle.body.resources.map((s: { name: string }) => s.name)).toEqual(['m']);
  });
});

describe('labels', () => {
  const scope: Scope = { kind: 'main' };
  const labelsOf = async (name: string) => (await emu.api(`/admin/secrets/${name}`, { scope })).body.labels ?? [];

  it('merges by key on PATCH, removes a label given "", and drops "" on create', async () => {
    await emu.api('/admin/secrets', {
      scope,
      body: {
        name: 's',
        data: { k: 'Zm9v' },
        labels: [
          { key: 'ext.ai.sap.com/a', value: '1' },
          { key: 'ext.ai.sap.com/b', value: '2' },
          { key: 'ext.ai.sap.com/empty', value: '' },
        ],
      },
    });
    expect(await labelsOf('s')).toEqual([
      { key: 'ext.ai.sap.com/a', value: '1' },
      { key: 'ext.ai.sap.com/b', value: '2' },
    ]);
    await emu.api('/admin/secrets/s', {
      method: 'PATCH',
      scope,
      body: {
        labels: [
          { key: 'ext.ai.sap.com/a', value: '' },
          { key: 'ext.ai.sap.com/b', value: 'two' },
          { key: 'ext.ai.sap.com/c', value: '3' },
        ],
      },
    });
    expect(await labelsOf('s')).toEqual([
      { key: 'ext.ai.sap.com/b', value: 'two' },
      { key: 'ext.ai.sap.com/c', value: '3' },
    ]);
  });

  it('sets protected labels on create and keeps them through other PATCHes', async () => {
    await emu.api('/admin/secrets', {
      scope,
      body: { name: 'g', data: { k: 'Zm9v' }, labels: [{ key: 'ext.ai.sap.com/document-grounding', value: 'true' }] },
    });
    await emu.api('/admin/secrets/g', {
      method: 'PATCH',
      scope,
      body: { data: { k: 'YmFy' }, labels: [{ key: 'ext.ai.sap.com/x', value: 'y' }] },
    });
    expect(await labelsOf('g')).toEqual([
      { key: 'ext.ai.sap.com/document-grounding', value: 'true' },
      { key: 'ext.ai.sap.com/x', value: 'y' },
    ]);
  });
});

describe('quota', () => {
  it('reports usage per scope and refuses a sixth tenant-wide secret', async () => {
    const tw: Scope = { kind: 'tenant-wide' };
    for (let i = 0; i < 5; i++)
      expect((await emu.api('/admin/secrets', { scope: tw, body: { name: `t${i}`, data: { k: 'Zm9v' } } })).status).toBe(200);
    expect((await emu.api('/admin/resourceQuota/secrets', { scope: tw })).body).toEqual({ usage: { count: 5 }, quota: { maxCount: 5 } });
    expect((await emu.api('/admin/resourceQuota/secrets?quotaOnly=true', { scope: tw })).body).toEqual({ quota: { maxCount: 5 } });
    const sixth = await emu.api('/admin/secrets', { scope: tw, body: { name: 't5', data: { k: 'Zm9v' } } });
    expect(sixth.body.error.code).toBe('QuotaExceeded');
    await emu.api('/admin/secrets/t0', { method: 'DELETE', scope: tw });
    expect((await emu.api('/admin/secrets', { scope: tw, body: { name: 't5', data: { k: 'Zm9v' } } })).status).toBe(200);
  });
});

describe('OAuth', () => {
  it('issues a decodable JWT with exp and refuses bad credentials', async () => {
    const [, payload] = emu.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
    const bad = await fetch(`${emu.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: emu.serviceKey.clientid, client_secret: 'wrong' }),
    });
    expect(bad.status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const short = await startTestEmulator({ tokenTtlS: 1 });
    try {
      expect((await short.api('/admin/resourceGroups')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2100));
      expect((await short.api('/admin/resourceGroups')).status).toBe(401);
    } finally {
      await short.close();
    }
  });
});
