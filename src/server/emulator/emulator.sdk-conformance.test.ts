// SAP's own JavaScript SDK against the emulator, with credentials from AICORE_SERVICE_KEY as users set them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textToBase64 } from '../../contract';
import { startTestEmulator, waitFor, type TestEmulator } from '../testing/emulator-fixture';

let emu: TestEmulator;
let sdk: typeof import('@sap-ai-sdk/ai-api');

beforeAll(async () => {
  emu = await startTestEmulator({ replicationDelayMs: 20 });
  process.env.AICORE_SERVICE_KEY = JSON.stringify(emu.serviceKey);
  sdk = await import('@sap-ai-sdk/ai-api');
});
afterAll(async () => {
  delete process.env.AICORE_SERVICE_KEY;
  await emu.close();
});

const scopes = [
  ['main tenant', { 'AI-Tenant-Scope': true }],
  ['tenant-wide', { 'AI-Tenant-Scope': true, 'AI-Resource-Group': '*' }],
  ['resource group', { 'AI-Resource-Group': 'sdk-group' }],
] as const;

describe("SAP's JavaScript SDK (@sap-ai-sdk/ai-api) against the emulator", () => {
  it('manages resource groups', async () => {
    const { ResourceGroupApi } = sdk;
    const created = await ResourceGroupApi.kubesubmitV4ResourcegroupsCreate({
      resourceGroupId: 'sdk-group',
      labels: [{ key: 'ext.ai.sap.com/team', value: 'sdk' }],
    }).execute();
    expect(created.resourceGroupId).toBe('sdk-group');
    await waitFor(
      () => ResourceGroupApi.kubesubmitV4ResourcegroupsGet('sdk-group').execute(),
      (g) => g.status === 'PROVISIONED',
    );
    const all = await ResourceGroupApi.kubesubmitV4ResourcegroupsGetAll({
      $count: true,
      labelSelector: ['ext.ai.sap.com/team=sdk', 'ext.ai.sap.com/stage!=prod'],
    }).execute();
    expect(all.resources?.map((g) => g.resourceGroupId)).toEqual(['sdk-group']);
    await ResourceGroupApi.kubesubmitV4ResourcegroupsPatch('sdk-group', {
      labels: [{ key: 'ext.ai.sap.com/team', value: 'sdk2' }],
    }).execute();
    expect((await ResourceGroupApi.kubesubmitV4ResourcegroupsGet('sdk-group').execute()).labels).toEqual([
      { key: 'ext.ai.sap.com/team', value: 'sdk2' },
    ]);
    await ResourceGroupApi.kubesubmitV4ResourcegroupsCreate({ resourceGroupId: 'sdk-temp' }).execute();
    const deleted = await ResourceGroupApi.kubesubmitV4ResourcegroupsDelete('sdk-temp').execute();
    expect(deleted.id).toBe('sdk-temp');
    // Deletion is scheduled: the SDK reads the group in its deletion state.
    expect((await ResourceGroupApi.kubesubmitV4ResourcegroupsGet('sdk-temp').execute()).status).toBe('DEPROVISIONING');
  });

  it('pages the group list with Prefer and continueToken, and reads the group quota', async () => {
    const { ResourceGroupApi, ResourceQuotaApi } = sdk;
    for (const id of ['sdk-page-1', 'sdk-page-2', 'sdk-page-3'])
      await ResourceGroupApi.kubesubmitV4ResourcegroupsCreate({ resourceGroupId: id }).execute();
    const seen: string[] = [];
    let continueToken: string | undefined;
    for (let i = 0; i < 20; i++) {
      const raw = await ResourceGroupApi.kubesubmitV4ResourcegroupsGetAll(continueToken ? { continueToken } : {}, {
        Prefer: 'maxpagesize=2',
      }).executeRaw();
      const page = raw.data as { resources: { resourceGroupId: string }[] };
      expect(page.resources.length).toBeLessThanOrEqual(2);
      seen.push(...page.resources.map((g) => g.resourceGroupId));
      const link = /continueToken=([\w-]+)/.exec(String(raw.headers.link ?? ''));
      if (!link) break;
      continueToken = link[1];
    }
    const all = await ResourceGroupApi.kubesubmitV4ResourcegroupsGetAll().execute();
    expect(seen).toEqual(all.resources.map((g) => g.resourceGroupId));
    expect(seen).toEqual(expect.arrayContaining(['sdk-page-1', 'sdk-page-2', 'sdk-page-3']));
    const quota = await ResourceQuotaApi.kubesubmitV4ResourceQuotaGetResourceGroupQuota().execute();
    expect(quota).toEqual({ usage: { count: all.resources.length }, quota: { maxCount: 50 } });
  });

  it.each(scopes)('runs every secret operation at the %s scope', async (_label, headers) => {
    const { SecretApi } = sdk;
    const created = await SecretApi.kubesubmitV4GenericSecretsCreate(
      { name: 'sdk-secret', data: { token: textToBase64('s3cr€t') }, labels: [{ key: 'ext.ai.sap.com/from', value: 'sdk' }] },
      headers,
    ).execute();
    expect(created.name).toBe('sdk-secret');
    const one = await SecretApi.kubesubmitV4GenericSecretsGet('sdk-secret', headers).execute();
    expect(one.labels).toEqual([{ key: 'ext.ai.sap.com/from', value: 'sdk' }]);
    await SecretApi.kubesubmitV4GenericSecretsUpdate(
      'sdk-secret',
      { data: { token: textToBase64('rotated') }, labels: [{ key: 'ext.ai.sap.com/from', value: '' }] },
      headers,
    ).execute();
    const list = await SecretApi.kubesubmitV4GenericSecretsGetAll({ $count: true }, headers).execute();
    const found = list.resources.find((s) => s.name === 'sdk-secret');
    expect(found?.labels ?? []).toEqual([]);
    if (_label === 'tenant-wide') expect(Object.keys(found?.resourceGroupSecretsSyncStatus ?? {})).toContain('sdk-group');
    await SecretApi.kubesubmitV4GenericSecretsDelete('sdk-secret', headers).execute();
    await expect(SecretApi.kubesubmitV4GenericSecretsGet('sdk-secret', headers).execute()).rejects.toThrow(/404/);
  });
});
