// Several tenants behind one console, over real HTTP and OAuth: two emulators, one console.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestConsole } from '../../testing/console-fixture';
import { client, fetchToken, startTestEmulator } from '../../testing/emulator-fixture';
import { READ_ONLY_REASON, scopesTell, WriteAccess } from './write-access';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const main = { kind: 'main' } as const;
const write = { 'x-console-request': '1' };

async function twoTenants() {
  const dev = await startTestEmulator();
  const prod = await startTestEmulator();
  cleanups.push(
    () => dev.close(),
    () => prod.close(),
  );
  const con = await startTestConsole({
    connections: [
      { name: 'dev', serviceKey: dev.serviceKey, protected: false },
      { name: 'prod', serviceKey: prod.serviceKey, protected: true },
    ],
  });
  cleanups.push(() => con.close());
  const via = (name: string) => client(`${con.url}/api/c/${name}/v2`);
  return { dev, prod, con, via };
}

const names = async (api: ReturnType<typeof client>) =>
  ((await api('/admin/secrets', { scope: main })).body as { resources: { name: string }[] }).resources.map((s) => s.name);

describe('two tenants behind one console', () => {
  it('keeps each connection to its own tenant, and /api/v2 is the first one', async () => {
    const { dev, prod, con, via } = await twoTenants();
    const created = await via('prod')('/admin/secrets', {
      scope: main,
      body: { name: 'only-in-prod', data: { k: 'dg==' } },
      headers: write,
    });
    expect(created.status).toBe(200);
    expect(await names(prod.api)).toEqual(['only-in-prod']);
    expect(await names(dev.api)).toEqual([]);
    expect(await names(via('dev'))).toEqual([]);
    expect(await names(con.api)).toEqual([]); // the alias: dev

    await con.api('/admin/secrets', { scope: main, body: { name: 'only-in-dev', data: { k: 'dg==' } } });
    expect(await names(dev.api)).toEqual(['only-in-dev']);
    expect(await names(via('prod'))).toEqual(['only-in-prod']);
    // Each connection signed in once, with its own key.
    expect(con.deps.connections.get('dev')!.upstream.tokens.fetches).toBe(1);
    expect(con.deps.connections.get('prod')!.upstream.tokens.fetches).toBe(1);
  });

  it('describes the connection in /api/console and lists them all, never a key', async () => {
    const { prod, con } = await twoTenants();
    const status = await (await fetch(`${con.url}/api/c/prod/console`)).json();
    expect(status).toMatchObject({
      connection: { name: 'prod', protected: true },
      connections: [
        { name: 'dev', protected: false },
        { name: 'prod', protected: true },
      ],
      writes: { allowed: true, reason: null },
      user: null,
      upstream: new URL(prod.url).host,
      health: { ok: true },
    });
    const alias = await (await fetch(`${con.url}/api/console`)).json();
    expect(alias.connection).toEqual({ name: 'dev', protected: false });
    expect(JSON.stringify(status)).not.toContain(prod.serviceKey.clientsecret);
  });

  it('answers 404 in the envelope, naming an unknown connection, and forwards nothing', async () => {
    const { con } = await twoTenants();
    for (const path of ['/api/c/staging/console', '/api/c/staging/v2/admin/secrets']) {
      const res = await fetch(`${con.url}${path}`, { headers: { 'ai-tenant-scope': 'true' } });
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { code: string; message: string; target: string } };
      expect(body.error.message).toBe('No connection named "staging". This console has: dev, prod.');
      expect(body.error.target).toBe(path);
    }
  });
});

describe('a service key that may not change secrets', () => {
  it('gets 403 on writes in the real envelope, reads keep working, and the console says so', async () => {
    const emu = await startTestEmulator();
    cleanups.push(() => emu.close());
    await emu.api('/admin/secrets', { scope: main, body: { name: 'readable', data: { k: 'dg==' } } });
    const con = await startTestConsole({ connections: [{ name: 'ro', serviceKey: emu.readOnlyServiceKey, protected: false }] });
    cleanups.push(() => con.close());

    expect(await names(con.api)).toEqual(['readable']);
    const refused = await con.api('/admin/secrets', { scope: main, body: { name: 'nope', data: { k: 'dg==' } } });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'Forbidden', message: expect.stringMatching(/may read but not change/) });
    expect(refused.body.error.requestId).toEqual(expect.any(String));
    expect(refused.headers.get('x-console-refused-by')).toBe('upstream');
    expect((await con.api('/admin/secrets/readable', { method: 'DELETE', scope: main })).status).toBe(403);
    expect((await con.api('/admin/resourceGroups', { body: { resourceGroupId: 'rg-nope' } })).status).toBe(403);
    expect(await names(emu.api)).toEqual(['readable']);

    const status = await (await fetch(`${con.url}/api/console`)).json();
    expect(status.writes).toEqual({ allowed: false, reason: READ_ONLY_REASON });
  });

  it("learns it from the token's scopes before any write where they tell", async () => {
    const emu = await startTestEmulator();
    cleanups.push(() => emu.close());
    expect(scopesTell(await fetchToken(emu.readOnlyServiceKey))).toBe('read-only');
    expect(scopesTell(await fetchToken(emu.serviceKey))).toBe('unknown');
    const con = await startTestConsole({ connections: [{ name: 'ro', serviceKey: emu.readOnlyServiceKey, protected: false }] });
    cleanups.push(() => con.close());
    const status = await (await fetch(`${con.url}/api/c/ro/console`)).json();
    expect(status.writes).toEqual({ allowed: false, reason: READ_ONLY_REASON });
  });

  it('otherwise from the first 403 on a write (never from a read), and forgets it after a write goes through', () => {
    const access = new WriteAccess();
    const claims = (scope: unknown) => `h.${Buffer.from(JSON.stringify({ scope })).toString('base64url')}.s`;
    access.observeToken(claims(['xsapp!b1.something']));
    expect(access.state.allowed).toBe(true);
    access.observeAnswer('GET', 403);
    expect(access.state.allowed).toBe(true);
    access.observeAnswer('PATCH', 403);
    expect(access.state).toEqual({ allowed: false, reason: READ_ONLY_REASON });
    access.observeAnswer('POST', 200);
    expect(access.state.allowed).toBe(true);
    // Scopes that cannot be classified never lock writes.
    expect(scopesTell(claims(['aicore.admin', 'x.read']))).toBe('unknown');
    expect(scopesTell(claims([]))).toBe('unknown');
    expect(scopesTell('not-a-jwt')).toBe('unknown');
    expect(scopesTell(claims('openid xsapp!b1.secrets.read'))).toBe('read-only');
  });
});
