import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/emulator-fixture';
import { apiBase, credentialsFromEnv } from './credentials';

const key = {
  clientid: 'sb-1',
  clientsecret: 's3cret',
  url: 'https://sub.authentication.eu10.hana.ondemand.com',
  serviceurls: { AI_API_URL: 'https://api.ai.example.com' },
};

describe('where credentials come from', () => {
  it('reads AICORE_SERVICE_KEY first, then AICORE_SERVICE_KEY_FILE, then the aicore binding in VCAP_SERVICES', () => {
    const file = path.join(tempDir(), 'key.json');
    fs.writeFileSync(file, JSON.stringify({ ...key, clientid: 'from-file' }));
    const vcap = JSON.stringify({ aicore: [{ credentials: { ...key, clientid: 'from-vcap' } }] });
    expect(
      credentialsFromEnv({ AICORE_SERVICE_KEY: JSON.stringify(key), AICORE_SERVICE_KEY_FILE: file, VCAP_SERVICES: vcap })?.key.clientid,
    ).toBe('sb-1');
    expect(credentialsFromEnv({ AICORE_SERVICE_KEY_FILE: file, VCAP_SERVICES: vcap })?.from).toBe(`the service key file ${file}`);
    expect(credentialsFromEnv({ VCAP_SERVICES: vcap })?.key.clientid).toBe('from-vcap');
    expect(credentialsFromEnv({ VCAP_SERVICES: JSON.stringify({ xsuaa: [] }) })).toBeNull();
    expect(credentialsFromEnv({})).toBeNull();
  });

  it('accepts X.509 keys and refuses a key with neither secret nor certificate', () => {
    const x509 = {
      clientid: 'sb-1',
      url: key.url,
      certurl: 'https://sub.authentication.cert.eu10.hana.ondemand.com',
      certificate: 'CERT',
      key: 'KEY',
      serviceurls: key.serviceurls,
    };
    expect(credentialsFromEnv({ AICORE_SERVICE_KEY: JSON.stringify(x509) })?.key.certurl).toBe(x509.certurl);
    const { clientsecret: _omit, ...bare } = key;
    expect(() => credentialsFromEnv({ AICORE_SERVICE_KEY: JSON.stringify(bare) })).toThrow(
      /neither a clientsecret nor an X.509 certificate/,
    );
  });

  it('explains a broken key without echoing it', () => {
    expect(() => credentialsFromEnv({ AICORE_SERVICE_KEY: '{"clientsecret": "abc' })).toThrow(/^AICORE_SERVICE_KEY is not valid JSON$/);
    expect(() => credentialsFromEnv({ AICORE_SERVICE_KEY_FILE: '/nope/key.json' })).toThrow(/no file at \/nope\/key.json/);
    try {
      credentialsFromEnv({ AICORE_SERVICE_KEY: JSON.stringify({ ...key, url: 'nope' }) });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/url: url must be the identity service URL/);
      expect((err as Error).message).not.toContain('s3cret');
    }
  });
});

describe('apiBase', () => {
  it('appends /v2 only when AI_API_URL has no path of its own, like SAP’s SDK', () => {
    expect(apiBase('https://api.ai.example.com')).toBe('https://api.ai.example.com/v2');
    expect(apiBase('https://api.ai.example.com/')).toBe('https://api.ai.example.com/v2');
    expect(apiBase('https://gateway.example.com/aicore/v2/')).toBe('https://gateway.example.com/aicore/v2');
  });
});
