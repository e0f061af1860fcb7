// Where the console may listen: basic auth over plain HTTP on a non-loopback address sends the password in
// clear, so it is refused unless the console serves TLS itself or the operator says a TLS proxy is in front.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole } from '../../testing/console-fixture';
import { startTestEmulator, tempDir, type TestEmulator } from '../../testing/emulator-fixture';
import { rawRequest } from '../../testing/raw-http';
import { NO_SERVICE_KEY, spawnCli } from '../../testing/spawn';
import { isLoopback, startConsole } from '../server';
import { listenRefusal } from './listen-policy';

const dir = tempDir('aicore-tls-');
let emu: TestEmulator;
beforeAll(async () => {
  fs.writeFileSync(path.join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'console.key',
      '-out',
      'console.pem',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { cwd: dir, stdio: 'pipe' },
  );
  emu = await startTestEmulator();
});
afterAll(() => emu?.close());

describe('the loopback check', () => {
  it('takes 127.0.0.0/8, ::1 and localhost, and no name that merely starts with 127.', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopback(h), h).toBe(true);
    for (const h of ['127.evil.example', '127.0.0.1.nip.io', '0.0.0.0', '::', '10.0.0.1', '1270.0.0.1', 'localhost.evil.example'])
      expect(isLoopback(h), h).toBe(false);
  });
});

describe('the TLS rule', () => {
  it('refuses basic auth over plain HTTP on a non-loopback address, and says how to fix it', async () => {
    const auth = { username: 'admin', password: 'pw' };
    await expect(startConsole({ serviceKey: emu.serviceKey, mode: 'upstream', host: '0.0.0.0', port: 0, auth })).rejects.toThrow(
      /refusing to listen on 0\.0\.0\.0 with basic auth over plain HTTP.*--tls-cert and --tls-key.*CONSOLE_BEHIND_TLS_PROXY=true/,
    );
    expect(listenRefusal({ host: '0.0.0.0', access: 'basic', tls: true, behindTlsProxy: false })).toBeNull();
    expect(listenRefusal({ host: '0.0.0.0', access: 'basic', tls: false, behindTlsProxy: true })).toBeNull();
    expect(listenRefusal({ host: '0.0.0.0', access: 'none', tls: true, behindTlsProxy: true })).toMatch(/without access control/);
    expect(listenRefusal({ host: '127.0.0.1', access: 'basic', tls: false, behindTlsProxy: false })).toBeNull();
  });

  it('npm start refuses the same at once, before it builds or starts anything', { timeout: 30_000 }, async () => {
    const env = { ...NO_SERVICE_KEY, CONSOLE_AUTH: 'admin:s3cret-pw' };
    const err = await spawnCli(['start', '--host', '0.0.0.0', '--port', '0'], { env, ready: /never/ }).catch((e: Error) => e.message);
    expect(err).toMatch(/refusing to listen on 0\.0\.0\.0 with basic auth over plain HTTP/);
    expect(err).not.toContain('s3cret-pw');
    const half = await spawnCli(['start', '--host', '0.0.0.0', '--port', '0', '--tls-cert', path.join(dir, 'console.pem')], {
      env,
      ready: /never/,
    }).catch((e: Error) => e.message);
    expect(half).toMatch(/--tls-cert and --tls-key .* go together/);
    const vague = await spawnCli(['start', '--host', '0.0.0.0', '--port', '0'], {
      env: { ...env, CONSOLE_BEHIND_TLS_PROXY: 'yes' },
      ready: /never/,
    }).catch((e: Error) => e.message);
    expect(vague).toMatch(/CONSOLE_BEHIND_TLS_PROXY must be true or false/);
  });

  it('serves HTTPS with the given certificate and key, with Strict-Transport-Security', async () => {
    const con = await startTestConsole({
      serviceKey: emu.serviceKey,
      tls: { cert: fs.readFileSync(path.join(dir, 'console.pem'), 'utf8'), key: fs.readFileSync(path.join(dir, 'console.key'), 'utf8') },
      auth: { username: 'admin', password: 'pw' },
    });
    try {
      expect(con.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const ca = fs.readFileSync(path.join(dir, 'console.pem'), 'utf8');
      const res = await rawRequest(`${con.url}/api/console`, { ca, headers: { authorization: `Basic ${btoa('admin:pw')}` } });
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({ health: { ok: true } });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      await expect(rawRequest(con.url.replace('https:', 'http:') + '/api/console')).rejects.toThrow();
    } finally {
      await con.close();
    }
  });
});
