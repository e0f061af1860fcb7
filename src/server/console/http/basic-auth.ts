// HTTP basic auth on everything (CONSOLE_AUTH=user:password). One check, `basicAuthMatches`, used by the
// Hono middleware below and by the proxy's fast path (upstream/fast-path.ts); the 401 is the middleware's.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

export type BasicCredentials = { username: string; password: string };

export const BASIC_REALM = 'AI Core Secrets Console';

const CREDENTIALS = /^ *[Bb][Aa][Ss][Ii][Cc] +([A-Za-z0-9+/]+=*) *$/;
const USER_PASS = /^([^:]*):(.*)$/;

// Digests first: equal lengths for timingSafeEqual, and no early exit that tells how much of a guess was right.
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/** Whether an Authorization header carries exactly these credentials. */
export function basicAuthMatches(header: string | undefined, expected: BasicCredentials): boolean {
  const encoded = CREDENTIALS.exec(header ?? '')?.[1];
  if (!encoded) return false;
  const pair = USER_PASS.exec(Buffer.from(encoded, 'base64').toString('utf8'));
  if (!pair) return false;
  // Both compared, always: the time taken does not tell whether the user name was right.
  const user = same(pair[1]!, expected.username);
  const password = same(pair[2]!, expected.password);
  return user && password;
}

export function basicAuth(expected: BasicCredentials): MiddlewareHandler {
  return async (c, next) => {
    if (basicAuthMatches(c.req.header('authorization'), expected)) return next();
    // Thrown, as Hono's own basicAuth does, so that app.onError answers it with the security headers kept.
    throw new HTTPException(401, {
      res: new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': `Basic realm="${BASIC_REALM}"` } }),
    });
  };
}
