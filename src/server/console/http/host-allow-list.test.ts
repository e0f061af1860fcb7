// DNS rebinding, as an attacker's page would try it: the browser sends the rebound name as Host, and an
// Origin that matches it. The console must answer nothing to that name, on reads, writes and static files.
import { describe, expect, it } from 'vitest';
import { consolesOnEmulator } from '../../testing/consoles-on-emulator';
import { observe } from '../../testing/emulator-fixture';
import { rawRequest } from '../../testing/raw-http';
import { isHostAllowed, parseAllowedHosts } from './host-allow-list';

const at = consolesOnEmulator(
  () => ({ con: {}, named: { allowedHosts: parseAllowedHosts('console.example.com') } }),
  (emu) => emu.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'kept', data: { k: 'dg==' } } }),
);

const evil = (port: number) => `evil.example:${port}`;
const json = { 'content-type': 'application/json', 'x-console-request': '1', 'ai-tenant-scope': 'true' };

const attempts: { method: string; path: string; body?: unknown }[] = [
  { method: 'GET', path: '/api/v2/admin/secrets' },
  { method: 'GET', path: '/api/console' },
  { method: 'POST', path: '/api/v2/admin/secrets', body: { name: 'planted', data: { k: 'dg==' } } },
  { method: 'PATCH', path: '/api/v2/admin/secrets/kept', body: { data: { k: 'aGFja2Vk' } } },
  { method: 'DELETE', path: '/api/v2/admin/secrets/kept' },
  { method: 'POST', path: '/api/v2/admin/resourceGroups', body: { resourceGroupId: 'planted-group' } },
  { method: 'PATCH', path: '/api/v2/admin/resourceGroups/default', body: { labels: [{ key: 'ext.ai.sap.com/x', value: 'y' }] } },
  { method: 'DELETE', path: '/api/v2/admin/resourceGroups/default' },
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/assets/app-1.js' },
  { method: 'GET', path: '/secrets/some/client-route' },
];

describe('the host allow-list (DNS rebinding)', () => {
  for (const withOrigin of [false, true])
    it(`refuses every read, write and static file under a rebound name, ${withOrigin ? 'with' : 'without'} a matching Origin`, async () => {
      const before = await observe(at.emu.api);
      for (const a of attempts) {
        const headers: Record<string, string> = { ...json, host: evil(at.con.port) };
        if (withOrigin) {
          headers.origin = `http://${evil(at.con.port)}`;
          headers['sec-fetch-site'] = 'same-origin';
        }
        const res = await rawRequest(`${at.con.url}${a.path}`, {
          method: a.method,
          headers,
          body: a.body === undefined ? undefined : JSON.stringify(a.body),
        });
        expect(res.status, `${a.method} ${a.path}`).toBe(403);
        expect(res.json().error.code).toBe('Forbidden');
        expect(res.json().error.message).toMatch(/does not answer to the host name "evil\.example:\d+".*--allowed-hosts/);
        // Nothing of what the console holds: no list, no app, no asset.
        expect(res.text).not.toContain('"resources"');
        expect(res.text).not.toContain('"mode"');
        expect(res.text).not.toContain('id="root"');
        expect(res.text).not.toContain('console.log');
      }
      expect(await observe(at.emu.api)).toEqual(before);
    });

  it('answers the loopback names it listens on, and an added name (with its subdomains only when asked)', async () => {
    for (const host of [`127.0.0.1:${at.con.port}`, `localhost:${at.con.port}`, `LOCALHOST.:${at.con.port}`]) {
      const res = await rawRequest(`${at.con.url}/api/v2/admin/secrets`, { headers: { ...json, host } });
      expect(res.status, host).toBe(200);
      expect(res.json().resources.map((s: { name: string }) => s.name)).toEqual(['kept']);
    }
    expect((await rawRequest(`${at.named.url}/assets/app-1.js`, { headers: { host: 'console.example.com' } })).status).toBe(200);
    expect((await rawRequest(`${at.named.url}/assets/app-1.js`, { headers: { host: 'x.console.example.com' } })).status).toBe(403);
    expect((await rawRequest(`${at.con.url}/assets/app-1.js`, { headers: { host: 'console.example.com' } })).status).toBe(403);
  });

  it('refuses a missing or malformed Host, and a name that only starts like an allowed one', () => {
    const allowed = ['localhost', '127.0.0.1', '[::1]', '.example.com'];
    expect(isHostAllowed(undefined, allowed)).toBe(false);
    expect(isHostAllowed('', allowed)).toBe(false);
    expect(isHostAllowed('127.0.0.1.evil.example', allowed)).toBe(false);
    expect(isHostAllowed('localhost@evil.example', allowed)).toBe(false);
    expect(isHostAllowed('evilexample.com', allowed)).toBe(false);
    expect(isHostAllowed('a.example.com:443', allowed)).toBe(true);
    expect(isHostAllowed('[::1]:8080', allowed)).toBe(true);
    expect(() => parseAllowedHosts('good.example, bad host')).toThrow(/--allowed-hosts: "bad host" is not a host name/);
  });
});
