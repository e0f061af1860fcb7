// The demo tenant of a first start: every feature of the console has something to show.
import { textToBase64 } from '../../contract';
import type { Tenant } from './tenant';

const text = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, textToBase64(v)]));

export const DEMO_STUCK_GROUPS = ['legacy-sandbox'];

export function seedDemoTenant(tenant: Tenant): void {
  const groups: [string, Record<string, string>][] = [
    ['default', {}],
    ['team-nlp', { 'ext.ai.sap.com/team': 'nlp' }],
    ['team-vision', { 'ext.ai.sap.com/team': 'vision' }],
    ['research', { 'ext.ai.sap.com/cost-center': 'cc-4711' }],
    ['staging', { 'ext.ai.sap.com/stage': 'staging' }],
    ['legacy-sandbox', { 'ext.ai.sap.com/stage': 'sandbox' }],
  ];
  for (const [id, labels] of groups) {
    tenant.createGroup({ resourceGroupId: id, labels: Object.entries(labels).map(([key, value]) => ({ key, value })) });
    tenant.markProvisioned(id);
  }

  const main = { kind: 'main' } as const;
  tenant.createSecret(main, {
    name: 'object-store-main',
    data: text({ AWS_ACCESS_KEY_ID: 'AKIADEMO0000EXAMPLE', AWS_SECRET_ACCESS_KEY: 'demo-only-not-a-real-key' }),
    labels: [{ key: 'ext.ai.sap.com/purpose', value: 'training-data' }],
  });
  tenant.createSecret(main, { name: 'docker-registry', data: text({ '.dockerconfigjson': '{"auths":{}}' }) });

  const tw = { kind: 'tenant-wide' } as const;
  tenant.createSecret(tw, {
    name: 'llm-gateway-key',
    data: text({ apiKey: 'sk-demo-gateway-ключ' }),
    labels: [{ key: 'ext.ai.sap.com/owner', value: 'platform-team' }],
  });
  tenant.createSecret(tw, {
    name: 'hana-vector-db',
    data: text({ url: 'hana://demo.example:443', user: 'VECTOR_RO', password: 'démo-pässword' }),
    labels: [
      { key: 'ext.ai.sap.com/document-grounding', value: 'true' },
      { key: 'ext.ai.sap.com/documentRepositoryType', value: 'S3' },
    ],
  });
  tenant.createSecret(tw, { name: 'metering-token', data: text({ token: 'meter-demo-0001' }) });

  const group = (resourceGroup: string) => ({ kind: 'group', resourceGroup }) as const;
  tenant.createSecret(group('default'), { name: 'hf-token', data: text({ HF_TOKEN: 'hf_demoTokenValue' }) });
  // Shadows the tenant-wide secret of the same name: what SAP warns breaks metering.
  tenant.createSecret(group('team-nlp'), {
    name: 'metering-token',
    data: text({ token: 'team-nlp-override' }),
    labels: [{ key: 'ext.ai.sap.com/note', value: 'local override' }],
  });
  tenant.createSecret(group('team-nlp'), { name: 'openai-proxy', data: text({ endpoint: 'https://proxy.example/v1' }) });
  tenant.createSecret(group('team-vision'), { name: 'camera-feed', data: text({ token: 'cam-demo' }) });
  tenant.createSecret(group('research'), { name: 'arxiv-api', data: text({ key: 'arxiv-demo' }) });
}
