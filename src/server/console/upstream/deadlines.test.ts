// A hung identity service or AI Core must not hang the console: a token endpoint or an API that sends its
// headers and then stalls, or cuts its body short, gets a clear 504/502 in the envelope within the
// deadline (2 s here, generous for a shared CPU), and the console works again by itself once the other side recovers (no restart).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console-fixture';
import { startTestEmulator, type TestEmulator } from '../../testing/emulator-fixture';

type Mode = 'stall-after-headers' | 'truncate' | 'healthy';

/** A misbehaving peer: healthy, it forwards to the emulator; otherwise it stalls or truncates. */
async function flakyPeer(emu: TestEmulator) {
  const state = { mode: 'stall-after-headers' as Mode, hits: 0 };
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    state.hits++;
    if (state.mode === 'stall-after-headers') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"access_token":"');
      return; // and never another byte
    }
    if (state.mode === 'truncate') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.end('{"access_');
      req.socket.destroySoon();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'authorization', 'ai-tenant-scope', 'ai-resource-group'])
        if (typeof req.headers[name] === 'string') headers[name] = req.headers[name] as string;
      const upstream = await fetch(`${emu.url}${req.url}`, {
        method: req.method,
        headers,
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    });
  return { state, url, close };
}

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
  await emu.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'still-here', data: { k: 'dg==' } } });
});
afterAll(() => emu?.close());

/** The console's answer; a hung console fails the test here instead of waiting for good. */
const ask = (con: TestConsole, path = '/api/v2/admin/secrets') =>
  fetch(`${con.url}${path}`, { headers: { 'ai-tenant-scope': 'true' }, signal: AbortSignal.timeout(15_000) }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as any,
  }));

describe('deadlines on the identity service', () => {
  it('answers 504 naming the identity service when its token endpoint stalls after the headers, then recovers by itself', async () => {
    const idp = await flakyPeer(emu);
    const con = await startTestConsole({ serviceKey: { ...emu.serviceKey, url: idp.url }, tokenTimeoutMs: 2000 });
    try {
      // Several requests wait on the one token fetch: each gets the answer, none hangs.
      const answers = await Promise.all([ask(con), ask(con), ask(con)]);
      for (const a of answers) {
        expect(a.status).toBe(504);
        expect(a.body.error.code).toBe('UpstreamTimeout');
        expect(a.body.error.message).toContain(`identity service at ${new URL(idp.url).host} did not answer in time`);
        expect(a.body.error.message).toMatch(/retries on your next action/);
      }
      const status = await ask(con, '/api/console');
      expect(status.body.health).toMatchObject({ ok: false, message: expect.stringContaining('identity service') });

      idp.state.mode = 'truncate';
      const cut = await ask(con);
      expect(cut.status).toBe(502);
      expect(cut.body.error.code).toBe('TokenUnavailable');
      expect(cut.body.error.message).toMatch(
        /identity service at .* could not be reached \(the connection closed before the answer was complete\)/,
      );

      idp.state.mode = 'healthy';
      const after = await ask(con);
      expect(after.status).toBe(200);
      expect(after.body.resources.map((s: { name: string }) => s.name)).toEqual(['still-here']);
    } finally {
      await con.close();
      await idp.close();
    }
  });
});

describe('deadlines on AI Core', () => {
  it('answers 504 when AI Core stalls after its headers, 502 when it cuts its answer short, and works once it recovers', async () => {
    const api = await flakyPeer(emu);
    const con = await startTestConsole({
      serviceKey: { ...emu.serviceKey, serviceurls: { AI_API_URL: api.url } },
      upstreamTimeoutMs: 2000,
    });
    try {
      const stalled = await ask(con);
      expect(stalled.status).toBe(504);
      expect(stalled.body.error).toMatchObject({
        code: 'UpstreamTimeout',
        message: expect.stringContaining(`AI Core at ${new URL(api.url).host}`),
      });

      api.state.mode = 'truncate';
      const cut = await ask(con);
      expect(cut.status).toBe(502);
      expect(cut.body.error.code).toBe('UpstreamUnreachable');

      api.state.mode = 'healthy';
      const after = await ask(con);
      expect(after.status).toBe(200);
      expect(after.body.resources.map((s: { name: string }) => s.name)).toEqual(['still-here']);
    } finally {
      await con.close();
      await api.close();
    }
  });
});
