// `npm start` as a user runs it: a real process, real ports, the built app.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchToken, tempDir } from '../testing/emulator-fixture';
import { freePort, NO_SERVICE_KEY, spawnCli, type Spawned } from '../testing/spawn';

const running: Spawned[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.kill();
});

const noKey = NO_SERVICE_KEY;
const names = async (url: string, headers: Record<string, string>) => {
  const res = await fetch(`${url}/api/v2/admin/secrets`, { headers });
  expect(res.status).toBe(200);
  return ((await res.json()) as { resources: { name: string }[] }).resources.map((s) => s.name);
};

describe('npm start', () => {
  it(
    'with no credentials, serves the console on the embedded emulator and lists the demo tenant through the proxy',
    { timeout: 90_000 },
    async () => {
      const port = await freePort();
      const proc = await spawnCli(['start', '--port', String(port), '--data-dir', tempDir()], {
        env: noKey,
        ready: /mode: (.+)/,
        timeoutMs: 80_000,
      });
      running.push(proc);
      expect(proc.match[1]).toBe('embedded emulator');
      const url = `http://127.0.0.1:${port}`;
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect(await names(url, { 'AI-Tenant-Scope': 'true' })).toEqual(['docker-registry', 'object-store-main']);
      expect(await names(url, { 'AI-Tenant-Scope': 'true', 'AI-Resource-Group': '*' })).toEqual([
        'hana-vector-db',
        'llm-gateway-key',
        'metering-token',
      ]);
      const status = (await (await fetch(`${url}/api/console`)).json()) as { mode: string; health: { ok: boolean } };
      expect(status).toMatchObject({ mode: 'emulator', health: { ok: true } });
    },
  );

  it('with AICORE_SERVICE_KEY of a separately started emulator, talks to that emulator', { timeout: 90_000 }, async () => {
    const dataDir = tempDir();
    const emulator = await spawnCli(['emulator', '--port', '0', '--data-dir', dataDir, '--no-seed'], {
      env: noKey,
      ready: /listening on (\S+)/,
    });
    running.push(emulator);
    const keyText = fs.readFileSync(path.join(dataDir, 'service-key.json'), 'utf8');
    const key = JSON.parse(keyText) as { url: string; clientid: string; clientsecret: string };
    // Something only that emulator has.
    const token = await fetchToken(key);
    const created = await fetch(`${key.url}/v2/admin/secrets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'AI-Tenant-Scope': 'true' },
      body: JSON.stringify({ name: 'only-upstream-has-this', data: { k: 'dg==' } }),
    });
    expect(created.status).toBe(200);

    const port = await freePort();
    const consoleProc = await spawnCli(['start', '--port', String(port)], {
      env: { ...noKey, AICORE_SERVICE_KEY: keyText },
      ready: /mode: (.+)/,
      timeoutMs: 80_000,
    });
    running.push(consoleProc);
    expect(consoleProc.match[1]).toBe(`AI Core at ${new URL(key.url).host}`);
    expect(consoleProc.output()).toContain('credentials: AICORE_SERVICE_KEY');
    expect(consoleProc.output()).not.toContain(key.clientsecret);
    const url = `http://127.0.0.1:${port}`;
    expect(await names(url, { 'AI-Tenant-Scope': 'true' })).toEqual(['only-upstream-has-this']);
    const status = (await (await fetch(`${url}/api/console`)).json()) as { mode: string; upstream: string };
    expect(status).toMatchObject({ mode: 'upstream', upstream: new URL(key.url).host });
  });

  it('npm run dev serves the app through Vite with the same /api', { timeout: 90_000 }, async () => {
    const port = await freePort();
    const proc = await spawnCli(['dev', '--port', String(port), '--data-dir', tempDir()], {
      env: noKey,
      ready: /mode: (.+)/,
      timeoutMs: 80_000,
    });
    running.push(proc);
    const url = `http://127.0.0.1:${port}`;
    expect(await (await fetch(url)).text()).toContain('/src/web/main.tsx'); // Vite's dev page, hot reload
    expect(await names(url, { 'AI-Tenant-Scope': 'true' })).toEqual(['docker-registry', 'object-store-main']);
    const forged = await fetch(`${url}/api/v2/admin/secrets`, {
      method: 'POST',
      headers: { 'AI-Tenant-Scope': 'true', 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ name: 'x', data: { k: 'dg==' } }),
    });
    expect(forged.status).toBe(403);
  });

  it('refuses to listen beyond loopback without access control', { timeout: 30_000 }, async () => {
    await expect(spawnCli(['start', '--host', '0.0.0.0', '--port', '0'], { env: noKey, ready: /never/ })).rejects.toThrow(
      /refusing to listen on 0\.0\.0\.0 without access control/,
    );
  });

  it('explains a broken service key without printing it', { timeout: 30_000 }, async () => {
    const secret = 'super-secret-value-123';
    const bad = JSON.stringify({ clientid: 'x', clientsecret: secret, url: 'not a url', serviceurls: {} });
    const err = await spawnCli(['start', '--port', '0'], { env: { ...noKey, AICORE_SERVICE_KEY: bad }, ready: /never/ }).catch(
      (e: Error) => e.message,
    );
    expect(err).toMatch(/AICORE_SERVICE_KEY is not a usable AI Core service key/);
    expect(err).toMatch(/url: url must be the identity service URL/);
    expect(err).toMatch(/serviceurls\.AI_API_URL/);
    expect(err).not.toContain(secret);
  });
});
