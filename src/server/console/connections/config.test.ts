import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/emulator-fixture';
import { connectionsFromEnv } from './config';

const key = {
  clientid: 'sb-1',
  clientsecret: 's3cret-value',
  url: 'https://sub.authentication.eu10.hana.ondemand.com',
  serviceurls: { AI_API_URL: 'https://api.ai.example.com' },
};
const list = (entries: unknown) => ({ CONSOLE_CONNECTIONS: JSON.stringify(entries) });
const error = (env: NodeJS.ProcessEnv) => {
  try {
    connectionsFromEnv(env);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('no error');
};

describe('CONSOLE_CONNECTIONS', () => {
  it('reads the list inline or from a file, with keys inline, as JSON text or from another env var', () => {
    const entries = [
      { name: 'dev', serviceKey: key },
      { name: 'prod', serviceKeyEnv: 'PROD_KEY', protected: true },
      { name: 'test.eu-1', serviceKey: JSON.stringify({ ...key, clientid: 'sb-3' }) },
    ];
    const env = { PROD_KEY: JSON.stringify({ ...key, clientid: 'sb-2' }) };
    const inline = connectionsFromEnv({ ...list(entries), ...env, AICORE_SERVICE_KEY: JSON.stringify(key) })!;
    expect(inline.connections.map((c) => [c.name, c.protected, c.serviceKey.clientid])).toEqual([
      ['dev', false, 'sb-1'],
      ['prod', true, 'sb-2'],
      ['test.eu-1', false, 'sb-3'],
    ]);
    const file = path.join(tempDir(), 'connections.json');
    fs.writeFileSync(file, JSON.stringify(entries));
    const fromFile = connectionsFromEnv({ CONSOLE_CONNECTIONS: file, ...env })!;
    expect(fromFile.connections.map((c) => c.name)).toEqual(['dev', 'prod', 'test.eu-1']);
    expect(fromFile.from).toBe(`CONSOLE_CONNECTIONS (file ${file})`);
  });

  it('names the entry and the field in every error, and never echoes a secret', () => {
    expect(
      error(
        list([
          { name: 'dev', serviceKey: key },
          { name: 'pr od', serviceKey: key },
        ]),
      ),
    ).toMatch(/^CONSOLE_CONNECTIONS: entry 1 \("pr od"\): name must be 1 to 63 letters/);
    expect(error(list([{ name: 'dev' }]))).toBe(
      'CONSOLE_CONNECTIONS: entry 0 ("dev"): give exactly one of serviceKey (the key itself) or serviceKeyEnv (the environment variable that holds it)',
    );
    expect(error(list([{ name: 'dev', serviceKey: key, serviceKeyEnv: 'X' }]))).toMatch(/entry 0 \("dev"\): give exactly one/);
    expect(error(list([{ name: 'prod', serviceKeyEnv: 'PROD_KEY' }]))).toBe(
      'CONSOLE_CONNECTIONS: entry 0 ("prod"): serviceKeyEnv names PROD_KEY, which is not set',
    );
    expect(error(list([{ name: 'dev', serviceKey: key, protected: 'yes' }]))).toBe(
      'CONSOLE_CONNECTIONS: entry 0 ("dev"): protected must be true or false',
    );
    expect(error(list([{ name: 'dev', serviceKey: key, prod: true }]))).toMatch(/entry 0 \("dev"\): Unrecognized key: "prod"/);
    expect(
      error(
        list([
          { name: 'dev', serviceKey: key },
          { name: 'DEV', serviceKey: key },
        ]),
      ),
    ).toMatch(/entry 1 \("DEV"\): name "DEV" is already used by entry 0/);
    const noSecret = error(list([{ name: 'dev', serviceKey: { ...key, url: 'not a url' } }]));
    expect(noSecret).toMatch(/entry 0 \("dev"\) serviceKey is not a usable AI Core service key:\n {2}url: /);
    expect(noSecret).not.toContain(key.clientsecret);
    expect(error({ CONSOLE_CONNECTIONS: '[{"name": "dev", "serviceKey": {"clientsecret": "s3cret-value"' })).toBe(
      'CONSOLE_CONNECTIONS: the value is not valid JSON',
    );
    expect(error({ CONSOLE_CONNECTIONS: '/nowhere/connections.json' })).toMatch(
      /^CONSOLE_CONNECTIONS: no file at \/nowhere\/connections.json/,
    );
    expect(error(list({ name: 'dev' }))).toMatch(/must be a JSON list/);
    expect(error(list([]))).toMatch(/the list is empty/);
    expect(error(list(Array.from({ length: 51 }, (_, i) => ({ name: `c${i}`, serviceKey: key }))))).toMatch(/51 connections; at most 50/);
  });
});

describe('the other sources', () => {
  it('makes one connection of every aicore binding in VCAP_SERVICES, named by the binding', () => {
    const vcap = {
      aicore: [
        { name: 'aicore-dev', credentials: key },
        { name: 'aicore-prod', credentials: { ...key, clientid: 'sb-2' } },
      ],
    };
    const found = connectionsFromEnv({ VCAP_SERVICES: JSON.stringify(vcap) })!;
    expect(found.connections.map((c) => [c.name, c.serviceKey.clientid])).toEqual([
      ['aicore-dev', 'sb-1'],
      ['aicore-prod', 'sb-2'],
    ]);
    expect(error({ VCAP_SERVICES: JSON.stringify({ aicore: [{ name: 'has space', credentials: key }] }) })).toMatch(
      /aicore binding 0: its name "has space" must be/,
    );
  });

  it('keeps the single AICORE_SERVICE_KEY of today as "default", and null when nothing is set', () => {
    expect(connectionsFromEnv({ AICORE_SERVICE_KEY: JSON.stringify(key) })!.connections).toEqual([
      { name: 'default', serviceKey: key, protected: false },
    ]);
    expect(connectionsFromEnv({})).toBeNull();
  });
});
