// What the catalogue's parts share: the shape of a bad request, the scopes the seed makes, and request builders.
import { textToBase64, type Scope } from '../../../contract';
import type { Call } from '../emulator-fixture';

export type BadRequest = Call & {
  title: string;
  path: string;
  status: number;
  code: string;
  /** Only meaningful straight to the emulator (the proxy always adds a token). */
  directOnly?: boolean;
  /** The proxy answers this one itself (same status and envelope, its own code). */
  proxyCode?: string;
};

export const main: Scope = { kind: 'main' };
export const tw: Scope = { kind: 'tenant-wide' };
export const teamA: Scope = { kind: 'group', resourceGroup: 'team-a' };
export const leaving: Scope = { kind: 'group', resourceGroup: 'leaving' };
export const ok = { k: textToBase64('v') };
export const create = (body: unknown, scope: Scope = main) => ({ path: '/admin/secrets', method: 'POST', scope, body });
export const withLabel = (key: string, value = 'v') => create({ name: 'labelled', data: ok, labels: [{ key, value }] });
export const withData = (data: unknown) => create({ name: 'd', data });
export const withName = (name: unknown) => create({ name, data: ok });

export const MiB = 1024 * 1024;
