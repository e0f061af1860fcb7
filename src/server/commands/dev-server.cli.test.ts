// `npm run dev` as a developer runs it, tried by a page that wants the keys: Vite's dev server must hand
// out the app and nothing else, never the emulator's service key or a key file at the repository root,
// and answer only the host names the console answers to.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../testing/raw-http';
import { freePort, NO_SERVICE_KEY, spawnCli, type Spawned } from '../testing/spawn';

const ROOT = process.cwd();
const tag = randomUUID().slice(0, 8);
// Inside the repository, where Vite's root is: that is what the dev server could hand out.
const dataDir = path.join(ROOT, '.data', `dev-test-${tag}`);
const rootKeyFiles = [`aicore-key-${tag}.json`, `client-${tag}.pem`, `client-${tag}.key`];
const MARKER = `secret-marker-${tag}`;

let proc: Spawned;
let url: string;
let port: number;

beforeAll(async () => {
  for (const f of rootKeyFiles) fs.writeFileSync(path.join(ROOT, f), JSON.stringify({ clientsecret: MARKER }), { mode: 0o600 });
  port = await freePort();
  proc = await spawnCli(['dev', '--port', String(port), '--data-dir', dataDir, '--no-seed'], {
    env: { ...NO_SERVICE_KEY, CONSOLE_ALLOWED_HOSTS: 'console.dev.example' },
    ready: /mode: (.+)/,
    timeoutMs: 80_000,
  });
  url = `http://127.0.0.1:${port}`;
}, 90_000);
afterAll(async () => {
  await proc?.kill();
  for (const f of rootKeyFiles) fs.rmSync(path.join(ROOT, f), { force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('refuses the service key, the data folder and key files at the root, however the path is spelled', { timeout: 60_000 }, async () => {
    // The embedded demo keeps each tenant's data in its own folder (dev, prod).
    const tenantDir = path.join(dataDir, 'dev');
    const clientSecret = (JSON.parse(fs.readFileSync(path.join(tenantDir, 'service-key.json'), 'utf8')) as { clientsecret: string })
      .clientsecret;
    const rel = path.relative(ROOT, tenantDir);
    const paths = [
      `/${rel}/service-key.json`,
      `/${rel}/emulator.json`,
      `/${rel}/journal.ndjson`,
      `/${rel}/service-key.json?import`,
      `/${rel}/service-key.json?raw`,
      `/${rel}/service-key.json?url`,
      `/${rel.replace('.data', '%2Edata')}/service-key.json`,
      `/@fs${tenantDir}/service-key.json`,
      `/@fs${tenantDir}/service-key.json?import&raw`,
      `/src/../${rel}/service-key.json`,
      ...rootKeyFiles.flatMap((f) => [`/${f}`, `/${f}?import`, `/${f}?raw`, `/@fs${ROOT}/${f}`]),
    ];
    for (const p of paths) {
      const res = await rawRequest(`${url}${p}`);
      expect(res.text, p).not.toContain(clientSecret);
      expect(res.text, p).not.toContain(MARKER);
      expect([403, 404], `${p} answered ${res.status}`).toContain(res.status);
    }
  });

  it('still serves the app and its sources', { timeout: 60_000 }, async () => {
    expect((await rawRequest(`${url}/`)).text).toContain('/src/web/main.tsx');
    const main = await rawRequest(`${url}/src/web/main.tsx`);
    expect(main.status).toBe(200);
    expect((await rawRequest(`${url}/@vite/client`)).status).toBe(200);
    const route = await rawRequest(`${url}/c/default/secrets`, { headers: { accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(route.text).toContain('/src/web/main.tsx');
  });

  it('answers only the console’s host names, for the app and for /api', { timeout: 60_000 }, async () => {
    for (const p of ['/', '/src/web/main.tsx', '/api/console', '/api/v2/admin/secrets']) {
      const res = await rawRequest(`${url}${p}`, { headers: { host: `evil.example:${port}`, 'ai-tenant-scope': 'true' } });
      expect(res.status, p).toBe(403);
      // Vite's own check (server.allowedHosts) or the console's guard in front of it.
      expect(res.text).toMatch(/does not answer to the host name|Blocked request. This host/);
    }
    // Loopback names, and the name added with CONSOLE_ALLOWED_HOSTS, for /api and the app alike.
    for (const host of [`localhost:${port}`, `console.dev.example:${port}`]) {
      const ok = await rawRequest(`${url}/api/v2/admin/secrets`, { headers: { host, 'ai-tenant-scope': 'true' } });
      expect(ok.status, host).toBe(200);
      expect((await rawRequest(`${url}/`, { headers: { host } })).text).toContain('/src/web/main.tsx');
    }
  });
});
