// Sign-in configuration from the environment, validated once at start. No OIDC_ISSUER: no sign-in (the
// embedded default). Anything half-configured stops the start with every problem named.
import { z } from 'zod';

export const SIGN_IN_ENV = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'CONSOLE_PUBLIC_URL',
  'SESSION_SECRET',
  'OIDC_ROLES_CLAIM',
  'CONSOLE_EDITOR_ROLES',
  'CONSOLE_VIEWER_ROLES',
  'SESSION_IDLE_MINUTES',
  'SESSION_MAX_HOURS',
] as const;

const httpUrl = (what: string) =>
  z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), `must be an http(s) URL (${what})`);

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Plain http only for an identity provider on this machine (tests, a local Keycloak). */
const issuerUrl = httpUrl('the identity provider, e.g. https://tenant.accounts.ondemand.com').refine(
  (s) => !URL.canParse(s) || new URL(s).protocol === 'https:' || LOOPBACK_HOSTS.has(new URL(s).hostname),
  'must be https (plain http only for a provider on 127.0.0.1 or localhost)',
);

const roleList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s) =>
      s
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    )
    .refine((l) => l.length > 0, 'must name at least one role (comma-separated)');

const minutes = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const schema = z
  .object({
    OIDC_ISSUER: issuerUrl,
    OIDC_CLIENT_ID: z.string({ error: 'is required' }).trim().min(1, 'is required'),
    OIDC_CLIENT_SECRET: z.string({ error: 'is required' }).min(1, 'is required'),
    // The session cookie crosses the network with every request: https, except on this machine.
    CONSOLE_PUBLIC_URL: httpUrl('where users open the console; the redirect URI is <CONSOLE_PUBLIC_URL>/auth/callback').refine(
      (s) => !URL.canParse(s) || new URL(s).protocol === 'https:' || LOOPBACK_HOSTS.has(new URL(s).hostname),
      'must be https (the session cookie would cross the network in clear; plain http only on 127.0.0.1 or localhost)',
    ),
    SESSION_SECRET: z.string({ error: 'is required' }).min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)'),
    OIDC_ROLES_CLAIM: z.string().trim().min(1).default('roles'),
    CONSOLE_EDITOR_ROLES: roleList('editor'),
    CONSOLE_VIEWER_ROLES: roleList('viewer'),
    SESSION_IDLE_MINUTES: minutes(60, 24 * 60),
    SESSION_MAX_HOURS: minutes(12, 24 * 30),
  })
  .transform((e) => ({
    issuer: new URL(e.OIDC_ISSUER),
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    publicUrl: e.CONSOLE_PUBLIC_URL.replace(/\/+$/, ''),
    sessionSecret: e.SESSION_SECRET,
    rolesClaim: e.OIDC_ROLES_CLAIM,
    editorRoles: e.CONSOLE_EDITOR_ROLES,
    viewerRoles: e.CONSOLE_VIEWER_ROLES,
    idleMs: e.SESSION_IDLE_MINUTES * 60_000,
    maxMs: e.SESSION_MAX_HOURS * 3_600_000,
  }));

export type SignInConfig = z.infer<typeof schema> & { secureCookies: boolean };

export class SignInConfigError extends Error {}

/** Null when sign-in is not configured at all (no OIDC_* variable set). */
export function readSignInConfig(env: NodeJS.ProcessEnv = process.env): SignInConfig | null {
  const given = Object.fromEntries(SIGN_IN_ENV.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  if (!SIGN_IN_ENV.slice(0, 5).some((k) => k in given)) return null;
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new SignInConfigError(`sign-in (OpenID Connect) is not configured completely:\n${lines.join('\n')}`);
  }
  // Behind TLS (the public URL is https) the cookie is Secure; plain http works on a test machine only.
  return { ...parsed.data, secureCookies: parsed.data.publicUrl.startsWith('https:') };
}
