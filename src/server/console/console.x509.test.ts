// An X.509 service key: the console gets its token from `certurl` with the key's client certificate (mutual
// TLS), as SAP's identity service does for such keys. A test CA, made with openssl, stands in for SAP's.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, tempDir, type TestEmulator } from '../testing/emulator-fixture';
import { spawnCli } from '../testing/spawn';

const dir = tempDir('aicore-x509-');
const file = (name: string) => path.join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });

/** A self-signed certificate `<name>.pem` with its key `<name>.key`. */
const selfSigned = (name: string, subject: string) =>
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '2', '-subj', subject);

function makeCertificates() {
  selfSigned('ca', '/CN=Test Identity CA');
  fs.writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  openssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'server.ext',
  );
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'client.key', '-out', 'client.csr', '-subj', '/CN=sb-x509-client');
  openssl('x509', '-req', '-in', 'client.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'client.pem', '-days', '2');
}

let emu: TestEmulator;
let identity: https.Server;
let certUrl: string;
const seenClients: string[] = [];

beforeAll(async () => {
  makeCertificates();
  emu = await startTestEmulator();
  // The identity service: mutual TLS; a client proven by certificate gets the emulator's token.
  identity = https.createServer(
    {
      key: fs.readFileSync(file('server.key')),
      cert: fs.readFileSync(file('server.pem')),
      ca: fs.readFileSync(file('ca.pem')),
      requestCert: true,
      rejectUnauthorized: true,
    },
    (req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const cn = (req.socket as TLSSocket).getPeerCertificate().subject?.CN;
        seenClients.push(`${cn}:${form.get('client_id')}:${form.has('client_secret')}`);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ access_token: emu.token, token_type: 'bearer', expires_in: 3600 }));
      });
    },
  );
  await new Promise<void>((r) => identity.listen(0, '127.0.0.1', () => r()));
  certUrl = `https://127.0.0.1:${(identity.address() as AddressInfo).port}`;
});
afterAll(async () => {
  identity?.close();
  await emu?.close();
});

const x509Key = () => ({
  clientid: 'sb-x509-client',
  url: 'https://identity.example',
  certurl: certUrl,
  certificate: fs.readFileSync(file('client.pem'), 'utf8'),
  key: fs.readFileSync(file('client.key'), 'utf8'),
  serviceurls: { AI_API_URL: emu.url },
});

describe('an X.509 service key', () => {
  it('signs in with the client certificate and proxies with the token it got', { timeout: 60_000 }, async () => {
    let proc: Awaited<ReturnType<typeof spawnCli>> | undefined;
    try {
      proc = await spawnCli(['start', '--port', '0'], {
        env: {
          AICORE_SERVICE_KEY: JSON.stringify(x509Key()),
          AICORE_SERVICE_KEY_FILE: '',
          VCAP_SERVICES: '',
          NODE_EXTRA_CA_CERTS: file('ca.pem'),
        },
        ready: /AI Core Secrets Console: (\S+)/,
      });
      const url = proc.match[1]!;
      const res = await fetch(`${url}/api/v2/admin/resourceGroups`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { resources: { resourceGroupId: string }[] }).resources.map((g) => g.resourceGroupId)).toEqual([
        'default',
      ]);
      expect(seenClients).toContain('sb-x509-client:sb-x509-client:false'); // by certificate, no client secret sent
    } finally {
      await proc?.kill();
    }
  });

  it('reports a certificate the identity service refuses as a sign-in problem, without the key', { timeout: 60_000 }, async () => {
    // A client certificate from a CA the identity service does not trust.
    selfSigned('rogue', '/CN=sb-x509-client');
    const rogue = {
      ...x509Key(),
      certificate: fs.readFileSync(file('rogue.pem'), 'utf8'),
      key: fs.readFileSync(file('rogue.key'), 'utf8'),
    };
    let proc: Awaited<ReturnType<typeof spawnCli>> | undefined;
    try {
      proc = await spawnCli(['start', '--port', '0'], {
        env: {
          AICORE_SERVICE_KEY: JSON.stringify(rogue),
          AICORE_SERVICE_KEY_FILE: '',
          VCAP_SERVICES: '',
          NODE_EXTRA_CA_CERTS: file('ca.pem'),
        },
        ready: /AI Core Secrets Console: (\S+)/,
      });
      const res = await fetch(`${proc.match[1]}/api/v2/admin/resourceGroups`);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(res.status).toBe(502);
      expect(body.error.code).toBe('TokenUnavailable');
      expect(body.error.message).toMatch(/could not sign in to AI Core: the identity service at 127\.0\.0\.1:\d+ could not be reached/);
      expect(JSON.stringify(body)).not.toContain('PRIVATE KEY');
      expect(proc.output()).not.toContain('PRIVATE KEY');
    } finally {
      await proc?.kill();
    }
  });
});
