// The emulator's identity service: client credentials in, an HS256 JWT with `exp` out (SAP's JS SDK
// decodes the token to read `exp`, so it must be a real JWT).
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export type Credentials = { clientId: string; clientSecret: string; signingKey: string };

const b64url = (input: string | Buffer) => Buffer.from(input).toString('base64url');

export function issueToken(creds: Credentials, tenantId: string, ttlSeconds: number, issuer: string, scope = ['aicore.admin']) {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({
      iss: issuer,
      sub: creds.clientId,
      client_id: creds.clientId,
      cid: creds.clientId,
      zid: tenantId,
      iat: now,
      exp: now + ttlSeconds,
      jti: randomUUID(),
      scope,
    }),
  );
  const signature = createHmac('sha256', creds.signingKey).update(`${header}.${payload}`).digest('base64url');
  return {
    access_token: `${header}.${payload}.${signature}`,
    token_type: 'bearer',
    expires_in: ttlSeconds,
    scope: scope.join(' '),
    jti: randomUUID(),
  };
}

/** Tokens already verified, with their expiry (seconds): an HMAC per request is most of a read's cost. */
const verified = new Map<string, number>();

export function verifyToken(creds: Credentials, token: string): boolean {
  const known = verified.get(`${creds.signingKey}:${token}`);
  if (known !== undefined) {
    if (known > Date.now() / 1000) return true;
    verified.delete(`${creds.signingKey}:${token}`);
    return false;
  }
  const exp = checkToken(creds, token);
  if (exp === null) return false;
  if (verified.size > 1000) verified.clear();
  verified.set(`${creds.signingKey}:${token}`, exp);
  return true;
}

function checkToken(creds: Credentials, token: string): number | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  const expected = Buffer.from(createHmac('sha256', creds.signingKey).update(`${header}.${payload}`).digest('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: number };
    return typeof claims.exp === 'number' && claims.exp > Date.now() / 1000 ? claims.exp : null;
  } catch {
    return null;
  }
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Client id and secret from a Basic header or the form body, as identity services accept both. */
export function clientFrom(authorization: string | undefined, form: URLSearchParams): { id?: string; secret?: string } {
  if (authorization?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i > 0) {
      try {
        return { id: decodeURIComponent(decoded.slice(0, i)), secret: decodeURIComponent(decoded.slice(i + 1)) };
      } catch {
        // A bad % escape is bad credentials (401), not a server fault.
        return {};
      }
    }
  }
  return { id: form.get('client_id') ?? undefined, secret: form.get('client_secret') ?? undefined };
}
