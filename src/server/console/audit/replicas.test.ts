// Two console processes behind one database, as replicas behind a load balancer: a change through each
// appears once in the one log, and a session cookie from one works on the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, waitFor, type TestEmulator } from '../../testing/emulator-fixture';
import { startTestIdp, type TestIdp } from '../../testing/oidc-provider';
import { startPostgres, type TestPostgres } from '../../testing/postgres';
import { signInOverHttp } from '../../testing/sign-in';
import { freePort, NO_SERVICE_KEY, spawnCli, type Spawned } from '../../testing/spawn';

let pgServer: TestPostgres;
let idp: TestIdp;
let emu: TestEmulator;
const replicas: { url: string; proc: Spawned }[] = [];

beforeAll(async () => {
  pgServer = await startPostgres();
  emu = await startTestEmulator();
  const ports = [await freePort(), await freePort()];
  const urls = ports.map((p) => `http://127.0.0.1:${p}`);
  idp = await startTestIdp({ clients: [{ clientId: 'console', clientSecret: 'replica-client-secret', consoleUrls: urls }] });
  const databaseUrl = await pgServer.createDatabase('replicas');
  const common = {
    ...NO_SERVICE_KEY,
    AICORE_SERVICE_KEY: JSON.stringify(emu.serviceKey),
    DATABASE_URL: databaseUrl,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: 'console',
    OIDC_CLIENT_SECRET: 'replica-client-secret',
    SESSION_SECRET: 'one-secret-shared-by-every-replica-0123456789',
  };
  // Both start together: the migrations must take turns.
  const started = await Promise.all(
    ports.map((port, i) =>
      spawnCli(['start', '--port', String(port)], { env: { ...common, CONSOLE_PUBLIC_URL: urls[i] }, ready: /Console: (http:\S+)/ }),
    ),
  );
  started.forEach((proc, i) => replicas.push({ url: urls[i]!, proc }));
}, 90_000); // a database, a provider and two console processes: generous on a busy shared machine
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.proc.kill()));
  await idp?.close();
  await emu?.close();
  await pgServer?.stop();
});

describe('two consoles sharing one PostgreSQL', () => {
  it('share sessions, sign-out and one activity log', async () => {
    const [a, b] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    const { cookie } = await signInOverHttp(a.url, 'edna');
    const call = (url: string, path: string, init: RequestInit = {}) =>
      fetch(`${url}${path}`, {
        ...init,
        headers: { cookie, 'x-console-request': '1', 'content-type': 'application/json', ...(init.headers as object) },
      });

    // The cookie made by A is good on B.
    const onB = (await (await call(b.url, '/api/console')).json()) as any;
    expect(onB.user).toEqual({ name: 'Edna Editor', roles: ['editor'] });

    const scope = { 'ai-tenant-scope': 'true' };
    const data = (v: string) => ({ TOKEN: Buffer.from(v).toString('base64') });
    expect(
      (
        await call(a.url, '/api/v2/admin/secrets', {
          method: 'POST',
          headers: scope,
          body: JSON.stringify({ name: 'shared', data: data('1') }),
        })
      ).status,
    ).toBe(200);
    expect(
      (await call(b.url, '/api/v2/admin/secrets/shared', { method: 'PATCH', headers: scope, body: JSON.stringify({ data: data('2') }) }))
        .status,
    ).toBe(200);

    for (const url of [a.url, b.url]) {
      const log = (await (await call(url, '/api/audit')).json()) as any;
      expect(log.total).toBe(2);
      expect(log.entries.map((e: any) => [e.action, e.secret, e.user, e.outcome])).toEqual([
        ['secret.rotate', 'shared', 'Edna Editor', 'success'],
        ['secret.create', 'shared', 'Edna Editor', 'success'],
      ]);
    }
    // Each request went through one replica and was recorded by it, once.
    const log = (await (await call(b.url, '/api/audit')).json()) as any;
    expect(a.proc.output()).toContain(log.entries[1].consoleRequestId);
    expect(b.proc.output()).toContain(log.entries[0].consoleRequestId);

    // Sign-out on A ends the session on B too, even for a copy of the cookie.
    expect((await call(a.url, '/auth/logout', { redirect: 'manual' })).status).toBe(302);
    expect((await call(a.url, '/api/console')).status).toBe(401);
    await waitFor(
      () => call(b.url, '/api/console').then((r) => r.status),
      (status) => status === 401,
      20_000,
    );
  });
});
