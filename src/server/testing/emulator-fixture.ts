// Test helpers: a fresh emulator on a free loopback port, and a small client that speaks to it over HTTP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scopeToHeaders, type Scope } from '../../contract';
import type { EmulatorOptionsInput } from '../emulator/config';
import { startEmulator, type RunningEmulator } from '../emulator/server';

export function tempDir(prefix = 'aicore-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function fetchToken(key: { clientid: string; clientsecret: string; url: string }): Promise<string> {
  const res = await fetch(`${key.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: key.clientid, client_secret: key.clientsecret }),
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export type Call = {
  method?: string;
  scope?: Scope;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
};
export type Answer = { status: number; body: any; headers: Headers };

/** A client for `/v2` (or the proxy's `/api/v2`) that sends JSON and scope headers. */
export function client(baseUrl: string, token?: () => string) {
  return async function call(p: string, c: Call = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...(c.scope ? scopeToHeaders(c.scope) : {}) };
    if (token) headers.authorization = `Bearer ${token()}`;
    let body: string | undefined = c.rawBody;
    if (c.body !== undefined) {
      body = JSON.stringify(c.body);
      headers['content-type'] = 'application/json';
    }
    Object.assign(headers, c.headers);
    const res = await fetch(`${baseUrl}${p}`, { method: c.method ?? (body ? 'POST' : 'GET'), headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
}

export type TestEmulator = RunningEmulator & { api: ReturnType<typeof client>; token: string; dataDir: string };

export async function startTestEmulator(options: EmulatorOptionsInput = {}): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? tempDir();
  const emulator = await startEmulator({
    seed: false,
    replicationDelayMs: 0,
    provisionDelayMs: 0,
    resyncIntervalMs: 0,
    // Long enough that a group being deleted stays so for a whole test, unless a test asks otherwise.
    groupDeletionDelayMs: 60_000,
    ...options,
    dataDir,
  });
  const token = await fetchToken(emulator.serviceKey);
  return Object.assign(emulator, { api: client(`${emulator.url}/v2`, () => token), token, dataDir });
}

/** Everything a client can read, to check that a rejected request changed nothing. */
export async function observe(api: ReturnType<typeof client>): Promise<unknown> {
  const groups = (await api('/admin/resourceGroups')).body as { resources: { resourceGroupId: string }[] };
  const scopes: Scope[] = [
    { kind: 'main' },
    { kind: 'tenant-wide' },
    ...groups.resources.map((g) => ({ kind: 'group' as const, resourceGroup: g.resourceGroupId })),
  ];
  const lists = await Promise.all(scopes.map((scope) => api('/admin/secrets', { scope }).then((r) => r.body)));
  return { groups, lists };
}

export async function waitFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
