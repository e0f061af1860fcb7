// Whether a connection's service key may change secrets. AI Core refuses a write with 403 when the key's role
// lacks secret editing; the console learns it from the token's scopes where they tell, else from the first
// 403 on a write, and then says so instead of letting every write fail.

export const READ_ONLY_REASON = "This connection's service key may not change secrets";

/** Scopes that say nothing about what the key may do. */
const NEUTRAL_SCOPES = new Set(['openid', 'uaa.resource', 'uaa.user', 'uaa.none']);
/** The last part of a scope that only grants reading (`<xsappname>.secrets.read`, `aicore.viewer`). */
const READ_ONLY_SCOPE = /(^|[.:])(read|reader|view|viewer|readonly|display)$/i;

/**
 * What a token's `scope` claim tells: 'read-only' when every scope only grants reading, 'unknown' otherwise
 * (a scope we cannot classify may well grant writing: a false "read-only" would lock admins out).
 */
export function scopesTell(token: string): 'read-only' | 'unknown' {
  const payload = token.split('.')[1];
  if (!payload) return 'unknown';
  let scope: unknown;
  try {
    scope = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scope?: unknown }).scope;
  } catch {
    return 'unknown';
  }
  const scopes = (typeof scope === 'string' ? scope.split(' ') : Array.isArray(scope) ? scope : []).filter(
    (s): s is string => typeof s === 'string' && s !== '' && !NEUTRAL_SCOPES.has(s),
  );
  return scopes.length > 0 && scopes.every((s) => READ_ONLY_SCOPE.test(s)) ? 'read-only' : 'unknown';
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class WriteAccess {
  private lastToken: string | null = null;
  private fromScopes = false;
  private refused = false;

  /** Reads the scopes of each new token (the same token is decoded once). */
  observeToken(token: string): void {
    if (token === this.lastToken) return;
    this.lastToken = token;
    this.fromScopes = scopesTell(token) === 'read-only';
  }

  /** An upstream answer to a forwarded call: a 403 on a write means the key may not write. True when refused. */
  observeAnswer(method: string, status: number): boolean {
    if (!WRITES.has(method)) return false;
    if (status === 403) this.refused = true;
    // A write that went through proves the opposite (the role was granted since): forget the refusal.
    else if (status >= 200 && status < 300) this.refused = false;
    return status === 403;
  }

  get state(): { allowed: boolean; reason: string | null } {
    return this.fromScopes || this.refused ? { allowed: false, reason: READ_ONLY_REASON } : { allowed: true, reason: null };
  }
}
