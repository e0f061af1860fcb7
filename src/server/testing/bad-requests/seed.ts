// The state the catalogue runs against: the names, groups and quota its requests expect.
import type { client } from '../emulator-fixture';
import { leaving, main, ok, teamA, tw } from './common';

/** The state the catalogue runs against. */
export async function seedForBadRequests(api: ReturnType<typeof client>) {
  await api('/admin/resourceGroups', { body: { resourceGroupId: 'team-a' } });
  await api('/admin/secrets', {
    scope: main,
    body: { name: 'existing', data: ok, labels: [{ key: 'ext.ai.sap.com/document-grounding', value: 'true' }] },
  });
  await api('/admin/secrets', { scope: teamA, body: { name: 'g-secret', data: ok } });
  // A group whose deletion is scheduled (test emulators keep it so for a minute).
  await api('/admin/resourceGroups', { body: { resourceGroupId: 'leaving' } });
  await api('/admin/secrets', { scope: leaving, body: { name: 'l-secret', data: ok } });
  await api('/admin/resourceGroups/leaving', { method: 'DELETE' });
  for (let i = 1; i <= 5; i++) {
    const labels = i === 1 ? [{ key: 'ext.ai.sap.com/documentRepositoryType', value: 'S3' }] : [];
    await api('/admin/secrets', { scope: tw, body: { name: `tw-${i}`, data: ok, labels } });
  }
}
