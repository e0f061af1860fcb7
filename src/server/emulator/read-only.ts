// A second OAuth client of the same tenant whose tokens may read but not write, as a real service key whose
// role lacks secret editing (aicore_admin_genericsecret_editor): every write answers 403 in the error envelope.
import { randomBytes, randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error';
import { errorResponse, type Env } from './http';

export type ReadOnlyClient = { clientId: string; clientSecret: string };

/** The scopes of a full key's token, and of the read-only key's (no write scope). */
export const WRITE_SCOPES = ['aicore.admin'];
export const READ_ONLY_SCOPES = ['aicore.genericsecret.read', 'aicore.resourcegroup.read'];

export function newReadOnlyClient(): ReadOnlyClient {
  return {
    clientId: `sb-emulator-readonly-${randomUUID().slice(0, 8)}!b1|aicore!b540`,
    clientSecret: randomBytes(24).toString('base64url'),
  };
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The token's scopes; its signature was checked before this runs. */
function scopesOf(token: string): string[] {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scope?: unknown };
    return Array.isArray(claims.scope) ? claims.scope.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

/** Runs after the bearer token is verified: a write needs a write scope. */
export function requireWriteScope(): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (!WRITES.has(c.req.method)) return next();
    const token = (c.req.header('authorization') ?? '').slice(7).trim();
    if (!scopesOf(token).some((s) => WRITE_SCOPES.includes(s)))
      return errorResponse(
        c,
        new ApiError(
          403,
          'Forbidden',
          'The service key may read but not change secrets or resource groups: its role lacks secret editing (aicore_admin_genericsecret_editor)',
        ),
      );
    return next();
  };
}
