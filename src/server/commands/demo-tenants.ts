// With no service key configured, `npm start` shows two tenants: "dev" and a protected "prod", each an embedded
// emulator with its own data directory under --data-dir, so switching, comparing and the protected-write
// confirmation can be tried without an SAP account.
import fs from 'node:fs';
import path from 'node:path';
import { textToBase64 } from '../../contract';
import type { ConnectionSpec } from '../console/connections/config';
import type { EmulatorOptionsInput } from '../emulator/config';
import { startEmulator, type RunningEmulator } from '../emulator/server';
import { validateEmulatorInput } from './emulator-flags';

export const DEMO_CONNECTIONS = [
  { name: 'dev', protected: false },
  { name: 'prod', protected: true },
] as const;

/** A few differences on a fresh "prod", through the API as an admin would make them: Compare has work to do. */
async function divergeProd(emulator: RunningEmulator) {
  const key = emulator.serviceKey;
  const tokenRes = await fetch(`${key.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: key.clientid, client_secret: key.clientsecret }),
  });
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'ai-tenant-scope': 'true' };
  await fetch(`${key.url}/v2/admin/secrets`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: 'payments-gateway',
      data: { API_KEY: textToBase64('demo-only-prod-key') },
      labels: [{ key: 'ext.ai.sap.com/owner', value: 'payments' }],
    }),
  });
  await fetch(`${key.url}/v2/admin/secrets/object-store-main`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ labels: [{ key: 'ext.ai.sap.com/purpose', value: 'production-data' }] }),
  });
}

export async function startDemoTenants(input: EmulatorOptionsInput) {
  const base = path.resolve(input.dataDir ?? '.data/emulator');
  // --reset starts everything afresh: both tenants and what the console keeps beside them (the activity log).
  if (input.reset) fs.rmSync(base, { recursive: true, force: true });
  const started: { name: string; protected: boolean; emulator: RunningEmulator; dataDir: string }[] = [];
  try {
    for (const demo of DEMO_CONNECTIONS) {
      const options = validateEmulatorInput({ ...input, dataDir: path.join(base, demo.name), host: '127.0.0.1', port: 0 });
      const fresh = options.reset || !fs.existsSync(path.join(options.dataDir, 'emulator.json'));
      const emulator = await startEmulator(options);
      started.push({ ...demo, emulator, dataDir: options.dataDir });
      if (fresh && demo.name === 'prod' && options.seed) await divergeProd(emulator);
    }
  } catch (err) {
    await Promise.all(started.map((s) => s.emulator.close()));
    throw err;
  }
  const connections: ConnectionSpec[] = started.map((s) => ({ name: s.name, protected: s.protected, serviceKey: s.emulator.serviceKey }));
  return {
    connections,
    started,
    /** The folder that holds both tenants' folders: the console keeps its own data there too. */
    dataDir: base,
    close: async () => {
      await Promise.all(started.map((s) => s.emulator.close()));
    },
  };
}
