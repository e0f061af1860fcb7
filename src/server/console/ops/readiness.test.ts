// /readyz as the platform's probe sees it: unready while a connection's identity server fails, ready again
// by itself when it recovers; /healthz stays alive throughout; a hung identity server cannot hang the probe.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console-fixture';
import { startTestEmulator, waitFor } from '../../testing/emulator-fixture';
import type { ReadinessCheck } from './readiness';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

type Mode = 'up' | 'failing' | 'hung';

/** An identity server in front of the emulator's OAuth endpoint that can be made to fail or hang. */
async function identityFront(target: string) {
  const state = { mode: 'up' as Mode, tokenRequests: 0 };
  const hung: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    state.tokenRequests++;
    if (state.mode === 'failing') {
      req.resume();
      res.writeHead(503, { 'content-type': 'text/plain' }).end('identity service unavailable');
      return;
    }
    if (state.mode === 'hung') {
      req.resume();
      hung.push(res);
      return;
    }
    const upstream = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  cleanups.push(
    () =>
      new Promise((r) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(r);
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, state };
}

async function consoleBehind(readinessChecks: ReadinessCheck[] = []) {
  // One-second tokens: the console's cache runs out quickly, so readiness asks the identity server again.
  const emu = await startTestEmulator({ tokenTtlS: 1 });
  cleanups.push(() => emu.close());
  const idp = await identityFront(emu.url);
  const con = await startTestConsole({ serviceKey: { ...emu.serviceKey, url: idp.url }, readinessChecks });
  cleanups.push(() => con.close());
  return { con, idp };
}

const probe = async (con: TestConsole, path = '/readyz') => {
  const res = await fetch(`${con.url}${path}`);
  return { status: res.status, body: (await res.json()) as { status: string; checks?: { name: string; ok: boolean }[] } };
};
const logged = (con: TestConsole) => con.logs.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('/readyz and /healthz', () => {
  it('turns unready when the identity server fails, and ready again when it recovers', async () => {
    const { con, idp } = await consoleBehind();
    expect(await probe(con)).toEqual({ status: 200, body: { status: 'ready', checks: [{ name: 'connection:default', ok: true }] } });

    idp.state.mode = 'failing';
    const down = await waitFor(
      () => probe(con),
      (p) => p.status === 503,
    );
    expect(down.body).toEqual({ status: 'unready', checks: [{ name: 'connection:default', ok: false }] });
    // Alive all the same: the platform must not restart a console for its identity server's outage.
    expect(await probe(con, '/healthz')).toEqual({ status: 200, body: { status: 'alive' } });
    // Why is in the log, once, not in the public answer.
    expect(JSON.stringify(down.body)).not.toMatch(/identity|HTTP 503|127\.0\.0\.1/);
    await probe(con);
    const failing = logged(con).filter((l) => l.msg === 'readiness check failing');
    expect(failing).toHaveLength(1);
    expect(failing[0]).toMatchObject({ level: 'warn', check: 'connection:default', error: expect.stringMatching(/identity service.*503/) });

    idp.state.mode = 'up';
    const up = await waitFor(
      () => probe(con),
      (p) => p.status === 200,
    );
    expect(up.body.status).toBe('ready');
    expect(logged(con).filter((l) => l.msg === 'readiness check recovered')).toEqual([
      expect.objectContaining({ level: 'info', check: 'connection:default' }),
    ]);
    // And the API works again without a restart.
    expect((await con.api('/admin/resourceGroups')).status).toBe(200);
  });

  it('answers unready within its deadline when the identity server hangs', { timeout: 30_000 }, async () => {
    const { con, idp } = await consoleBehind();
    expect((await probe(con)).status).toBe(200);
    idp.state.mode = 'hung';
    const before = idp.state.tokenRequests;
    // The token has run out and the next fetch hangs: the probe still gets an answer (the token fetch's
    // own timeout is longer than a probe waits).
    const down = await waitFor(
      () => probe(con),
      (p) => p.status === 503,
      20_000,
    );
    expect(idp.state.tokenRequests).toBeGreaterThan(before);
    expect(down.body.checks).toEqual([{ name: 'connection:default', ok: false }]);
    expect(logged(con).find((l) => l.msg === 'readiness check failing')).toMatchObject({ error: 'no answer within 3000 ms' });
  });

  it('takes further named checks (the activity log’s store) and names the one that fails', async () => {
    let storeUp = true;
    const { con } = await consoleBehind([
      {
        name: 'activity-log',
        check: async () => {
          if (!storeUp) throw new Error('connection refused by the database');
        },
      },
    ]);
    expect((await probe(con)).body.checks).toEqual([
      { name: 'connection:default', ok: true },
      { name: 'activity-log', ok: true },
    ]);
    storeUp = false;
    expect(await probe(con)).toEqual({
      status: 503,
      body: {
        status: 'unready',
        checks: [
          { name: 'connection:default', ok: true },
          { name: 'activity-log', ok: false },
        ],
      },
    });
  });

  it('says "stopping" once a graceful stop has begun, so the router sends nothing new', async () => {
    const { con } = await consoleBehind();
    expect((await probe(con)).status).toBe(200);
    con.deps.readiness!.stopping = true;
    expect(await probe(con)).toEqual({ status: 503, body: { status: 'stopping', checks: [] } });
    expect((await probe(con, '/healthz')).status).toBe(200);
  });

  it('answers the probes without the credential everything else needs', async () => {
    const emu = await startTestEmulator();
    cleanups.push(() => emu.close());
    const con = await startTestConsole({ serviceKey: emu.serviceKey, auth: { username: 'admin', password: 'pw-123456' } });
    cleanups.push(() => con.close());
    expect((await fetch(`${con.url}/api/console`)).status).toBe(401);
    expect((await probe(con, '/healthz')).status).toBe(200);
    expect((await probe(con)).status).toBe(200);
  });
});
