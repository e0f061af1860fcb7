// Starts the emulator on a loopback port with its data directory, and writes the service key that SAP's
// SDKs, curl or the console use to connect.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createEmulatorApp } from './app';
import { emulatorOptionsSchema, type EmulatorOptionsInput } from './config';
import { Journal } from './journal';
import { ensurePrivateDir } from './private-files';
import type { Credentials } from './oauth';
import { newReadOnlyClient, type ReadOnlyClient } from './read-only';
import { Replicator } from './replicator';
import { DEMO_STUCK_GROUPS, seedDemoTenant } from './seed';
import { Tenant } from './tenant';

export type ServiceKey = {
  clientid: string;
  clientsecret: string;
  url: string;
  identityzone: string;
  serviceurls: { AI_API_URL: string };
};

type Identity = Credentials & { tenantId: string; stuckGroups: string[]; readOnly?: ReadOnlyClient };

function loadIdentity(dataDir: string): Identity {
  const file = path.join(dataDir, 'emulator.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Identity;
  const identity: Identity = {
    clientId: `sb-emulator-${randomUUID().slice(0, 8)}!b1|aicore!b540`,
    clientSecret: randomBytes(24).toString('base64url'),
    signingKey: randomBytes(32).toString('hex'),
    tenantId: randomUUID(),
    stuckGroups: [],
  };
  fs.writeFileSync(file, JSON.stringify(identity, null, 2), { mode: 0o600 });
  return identity;
}

export async function startEmulator(input: EmulatorOptionsInput = {}, hooks: { log?: (line: string) => void } = {}) {
  const options = emulatorOptionsSchema.parse(input);
  const log = hooks.log ?? ((line: string) => console.log(line));
  if (options.reset) fs.rmSync(options.dataDir, { recursive: true, force: true });
  // Before anything is read or written: the folder holds the client secret and every value.
  ensurePrivateDir(options.dataDir, log);
  const identity = loadIdentity(options.dataDir);
  if (!identity.readOnly) {
    // Data dirs from before the read-only key get one on their next start.
    identity.readOnly = newReadOnlyClient();
    fs.writeFileSync(path.join(options.dataDir, 'emulator.json'), JSON.stringify(identity, null, 2), { mode: 0o600 });
  }
  const { journal, fresh } = Journal.open(options.dataDir, identity.tenantId, log);
  const tenant = new Tenant(journal, {
    maxGroups: options.maxGroups,
    tenantWideQuota: 5,
    secretQuota: options.secretQuota,
  });
  if (fresh) {
    if (options.seed) {
      seedDemoTenant(tenant);
      identity.stuckGroups = DEMO_STUCK_GROUPS;
    } else tenant.createGroup({ resourceGroupId: 'default' });
    tenant.markProvisioned('default');
    fs.writeFileSync(path.join(options.dataDir, 'emulator.json'), JSON.stringify(identity, null, 2), { mode: 0o600 });
  }
  const stuckGroups = new Set(options.stuckGroups ?? identity.stuckGroups);
  const replicator = new Replicator(tenant, {
    delayMs: options.replicationDelayMs,
    concurrency: options.replicationConcurrency,
    resyncIntervalMs: options.resyncIntervalMs,
    stuckGroups,
    provisionDelayMs: options.provisionDelayMs,
    deletionDelayMs: options.groupDeletionDelayMs,
  });
  const app = createEmulatorApp({
    tenant,
    replicator,
    credentials: identity,
    readOnlyClient: identity.readOnly,
    tokenTtlSeconds: options.tokenTtlS,
    latencyMs: options.latencyMs,
    groupPageSize: options.groupPageSize,
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}`;
  const serviceKey: ServiceKey = {
    clientid: identity.clientId,
    clientsecret: identity.clientSecret,
    url,
    identityzone: 'emulator',
    serviceurls: { AI_API_URL: url },
  };
  const serviceKeyPath = path.join(options.dataDir, 'service-key.json');
  fs.writeFileSync(serviceKeyPath, JSON.stringify(serviceKey, null, 2) + '\n', { mode: 0o600 });
  const readOnlyServiceKey: ServiceKey = {
    ...serviceKey,
    clientid: identity.readOnly.clientId,
    clientsecret: identity.readOnly.clientSecret,
  };
  const readOnlyServiceKeyPath = path.join(options.dataDir, 'service-key.readonly.json');
  fs.writeFileSync(readOnlyServiceKeyPath, JSON.stringify(readOnlyServiceKey, null, 2) + '\n', { mode: 0o600 });
  replicator.start();

  let closed = false;
  return {
    url,
    port,
    serviceKey,
    serviceKeyPath,
    readOnlyServiceKey,
    readOnlyServiceKeyPath,
    tenant,
    replicator,
    stuckGroups,
    async close() {
      if (closed) return;
      closed = true;
      replicator.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      journal.close();
    },
  };
}
export type RunningEmulator = Awaited<ReturnType<typeof startEmulator>>;
