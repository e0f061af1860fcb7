// Small helpers to drive a console or an emulator over HTTP while seeding data for a figure.
import { textToBase64 } from '../src/contract';

export type Call = (path: string, init?: { method?: string; headers?: Record<string, string>; body?: unknown }) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The console's API (`/api/v2`), as its own page calls it. */
export const consoleApi =
  (base: string): Call =>
  async (path, init = {}) => {
    const res = await fetch(`${base}/api/v2${path}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: { 'x-console-request': '1', 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };

/** An emulator's API (`/v2`), called directly with a token. */
export const emulatorApi =
  (base: string, token: string): Call =>
  async (path, init = {}) => {
    const res = await fetch(`${base}/v2${path}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status}`);
    return res.json();
  };

export const MAIN = { 'AI-Tenant-Scope': 'true' };
export const TW = { 'AI-Tenant-Scope': 'true', 'AI-Resource-Group': '*' };
export const group = (id: string) => ({ 'AI-Resource-Group': id });
export const secretBody = (name: string) => ({ name, data: { value: textToBase64(`value of ${name}`) } });
