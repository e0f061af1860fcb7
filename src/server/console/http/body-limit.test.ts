// An oversized body is refused while it streams: a chunked 256 MiB upload to the console, and to the
// emulator, gets a 413 in the envelope once the 2 MiB limit is passed, the connection is closed, and the
// server process's peak memory grows by tens of MB at most (it used to grow by ~870 MB).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchToken, tempDir } from '../../testing/emulator-fixture';
import { canMeasureMemory, peakRss } from '../../testing/memory';
import { NO_SERVICE_KEY, spawnCli, spawnModule, type Spawned } from '../../testing/spawn';

const MiB = 1024 * 1024;
const TOTAL = 256 * MiB;

type Upload = { status: number; body: string; sent: number; closedEarly: boolean };

/** Streams up to 256 MiB in 1 MiB chunks (no Content-Length), stopping once the server closes the connection. */
function chunkedUpload(url: string, headers: Record<string, string>): Promise<Upload> {
  const chunk = Buffer.alloc(MiB, 'a');
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answer: { status: number; body: string } | null = null;
    let closed = false;
    const req = http.request(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' }, agent: false });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => (answer = { status: res.statusCode ?? 0, body }));
    });
    const done = () => {
      if (!answer) return reject(new Error(`no answer; ${sent} bytes sent`));
      resolve({ ...answer, sent, closedEarly: sent < TOTAL });
    };
    req.on('error', () => (closed = true)); // EPIPE / ECONNRESET: the server closed the connection
    req.on('close', () => {
      closed = true;
      setTimeout(done, 50);
    });
    const pump = async () => {
      for (let i = 0; i < TOTAL / MiB && !closed && !req.destroyed; i++) {
        sent += chunk.length;
        if (!req.write(chunk)) await new Promise<void>((r) => (req.once('drain', r), req.once('close', r)));
      }
      if (!closed) req.end();
    };
    void pump();
  });
}

const running: Spawned[] = [];
let emulatorUrl: string;
let token: string;
let keyText: string;

beforeAll(async () => {
  const dataDir = tempDir();
  const emulator = await spawnCli(['emulator', '--port', '0', '--data-dir', dataDir, '--no-seed'], {
    env: NO_SERVICE_KEY,
    ready: /listening on (\S+)/,
  });
  running.push(emulator);
  emulatorUrl = emulator.match[1]!;
  keyText = fs.readFileSync(path.join(dataDir, 'service-key.json'), 'utf8');
  token = await fetchToken(JSON.parse(keyText));
});
afterAll(async () => {
  while (running.length) await running.pop()!.kill();
});

const secretHeaders = { 'content-type': 'application/json', 'ai-tenant-scope': 'true' };

async function expectBoundedRefusal(proc: Spawned, url: string, headers: Record<string, string>) {
  // Warm up: the code paths are loaded and the baseline includes them.
  const warm = await fetch(url.replace(/\/admin\/secrets$/, '/admin/resourceGroups'), { headers });
  expect(warm.status).toBe(200);
  const before = peakRss(proc.child.pid!);
  const upload = await chunkedUpload(url, headers);
  const growth = peakRss(proc.child.pid!) - before;
  expect(upload.status).toBe(413);
  expect(JSON.parse(upload.body).error).toMatchObject({
    code: 'PayloadTooLarge',
    message: expect.stringMatching(/limit of 2,?097,?152 bytes/),
  });
  // Closed soon after the limit: what was sent beyond 2 MiB sat in socket buffers, it was not read.
  expect(upload.closedEarly, `the server read all ${upload.sent} bytes`).toBe(true);
  expect(upload.sent, `${upload.sent / MiB} MiB were taken before the connection closed`).toBeLessThan(32 * MiB);
  expect(growth, `peak memory grew by ${(growth / MiB).toFixed(1)} MiB`).toBeLessThan(64 * MiB);
}

describe.runIf(canMeasureMemory)('a 256 MiB chunked body', () => {
  it('is refused by the console with 413 while it streams, with bounded memory', { timeout: 120_000 }, async () => {
    const con = await spawnModule('src/server/testing/console-child.ts', [], {
      env: { ...NO_SERVICE_KEY, AICORE_SERVICE_KEY: keyText },
      ready: /console listening on (\S+)/,
    });
    running.push(con);
    await expectBoundedRefusal(con, `${con.match[1]}/api/v2/admin/secrets`, { ...secretHeaders, 'x-console-request': '1' });
    // Nothing reached AI Core.
    const list = await fetch(`${emulatorUrl}/v2/admin/secrets`, { headers: { ...secretHeaders, authorization: `Bearer ${token}` } });
    expect(((await list.json()) as { resources: unknown[] }).resources).toEqual([]);
  });

  it('is refused by the emulator with 413 while it streams, with bounded memory', { timeout: 120_000 }, async () => {
    await expectBoundedRefusal(running[0]!, `${emulatorUrl}/v2/admin/secrets`, { ...secretHeaders, authorization: `Bearer ${token}` });
  });
});
