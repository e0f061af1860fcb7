// Sign-in against a real OpenID provider, with the console over real HTTP: roles, the guard, sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../testing/console-fixture';
import { startTestEmulator, type TestEmulator } from '../../testing/emulator-fixture';
import { startTestIdp, type TestIdp } from '../../testing/oidc-provider';
import { signInOverHttp } from '../../testing/sign-in';
import { freePort } from '../../testing/spawn';
import { FileAuditStore } from '../audit/file-store';
import { tempDir } from '../../testing/emulator-fixture';
import { readSignInConfig } from './config';
import { FileRevocations } from './revocations';
import { SignIn } from './sign-in';

let idp: TestIdp;
let emu: TestEmulator;
let con: TestConsole;
const SECRET = 'a-session-secret-of-at-least-32-characters!';

beforeAll(async () => {
  const port = await freePort();
  const consoleUrl = `http://127.0.0.1:${port}`;
  idp = await startTestIdp({ clients: [{ clientId: 'console', clientSecret: 'console-client-secret', consoleUrls: [consoleUrl] }] });
  emu = await startTestEmulator();
  const config = readSignInConfig({
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: 'console',
    OIDC_CLIENT_SECRET: 'console-client-secret',
    CONSOLE_PUBLIC_URL: consoleUrl,
    SESSION_SECRET: SECRET,
  })!;
  const audit = FileAuditStore.open(tempDir());
  const signIn = new SignIn(config, FileRevocations.open(tempDir()));
  con = await startTestConsole({ serviceKey: emu.serviceKey, port, signIn, audit });
});
afterAll(async () => {
  await con?.close();
  await emu?.close();
  await idp?.close();
});

const api = (path: string, cookie: string, init: RequestInit = {}) =>
  fetch(`${con.url}${path}`, { ...init, redirect: 'manual', headers: { cookie, 'x-console-request': '1', ...(init.headers as object) } });

describe('sign-in with OpenID Connect', () => {
  it('sends a visitor without a session to sign in, and the API answers 401', async () => {
    const page = await fetch(`${con.url}/secrets?scope=main`, { redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/auth/login?returnTo=%2Fsecrets%3Fscope%3Dmain');
    const res = await fetch(`${con.url}/api/console`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).error.code).toBe('Unauthorized');
  });

  it('signs an editor in with PKCE; the cookie is HttpOnly, SameSite=Lax, and holds no IdP token', async () => {
    const login = await fetch(`${con.url}/auth/login`, { redirect: 'manual' });
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${con.url}/auth/callback`);

    const { cookie, landed, setCookies } = await signInOverHttp(con.url, 'edna');
    expect(landed).toBe('/');
    const session = setCookies.find((c) => c.startsWith('console_session='))!;
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Path=\//);
    expect(session).not.toMatch(/; Secure/); // plain http here; https public URLs get Secure (config test)
    expect(cookie).toMatch(/^console_session=[\w.-]+$/);
    const status = (await (await api('/api/console', cookie)).json()) as any;
    expect(status.user).toEqual({ name: 'Edna Editor', roles: ['editor'] });
    expect(status.writes).toEqual({ allowed: true, reason: null });
    // A JWE: five parts, no readable claims, nothing that looks like a JWT from the provider.
    const value = cookie.split('=')[1]!;
    expect(value.split('.')).toHaveLength(5);
    expect(Buffer.from(value.split('.')[0]!, 'base64url').toString()).toBe('{"alg":"dir","enc":"A256GCM"}');
    expect(value).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/);
  });

  it('refuses a viewer’s write with 403 in the envelope, forwards nothing, and records the refusal', async () => {
    const { cookie } = await signInOverHttp(con.url, 'vic');
    const status = (await (await api('/api/console', cookie)).json()) as any;
    expect(status.user.name).toBe('Victor Viewer');
    expect(status.writes.allowed).toBe(false);
    expect(status.writes.reason).toMatch(/viewer.*may look but not change.*editor/);
    expect((await api('/api/v2/admin/secrets', cookie, { headers: { 'ai-tenant-scope': 'true' } })).status).toBe(200);
    const write = await api('/api/v2/admin/secrets', cookie, {
      method: 'POST',
      headers: { 'ai-tenant-scope': 'true', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'by-viewer', data: { K: Buffer.from('v').toString('base64') } }),
    });
    expect(write.status).toBe(403);
    const body = (await write.json()) as any;
    expect(body.error.code).toBe('Forbidden');
    expect(body.error.message).toMatch(/viewer/);
    expect((await emu.api('/admin/secrets', { scope: { kind: 'main' } })).body.resources).toEqual([]);
    const log = (await (await api('/api/audit?user=Victor%20Viewer', cookie)).json()) as any;
    expect(log.entries[0]).toMatchObject({ action: 'secret.create', secret: 'by-viewer', outcome: 'refused', status: 403, keys: ['K'] });
  });

  it('shows someone with no role a page that says why, and the API refuses them', async () => {
    const { cookie, landed } = await signInOverHttp(con.url, 'nora');
    expect(landed).toBe('/auth/denied');
    const page = await api('/auth/denied', cookie);
    expect(page.status).toBe(403);
    const html = await page.text();
    expect(html).toContain('Nora Nobody');
    expect(html).toMatch(/none of the roles this console\s+accepts/);
    expect((await api('/api/console', cookie)).status).toBe(403);
    expect((await api('/', cookie)).headers.get('location')).toBe('/auth/denied');
  });

  it('ends the session on sign-out and sends the browser to the provider’s sign-out', async () => {
    const { cookie } = await signInOverHttp(con.url, 'edna');
    const out = await api('/auth/logout', cookie);
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toMatch(new RegExp(`^${idp.issuer}/session/end\\?`));
    expect(out.headers.getSetCookie().join()).toMatch(/console_session=;.*Max-Age=0/);
    // A copy of the cookie taken before sign-out is dead too.
    expect((await api('/api/console', cookie)).status).toBe(401);
    expect((await api('/', cookie)).headers.get('location')).toMatch(/^\/auth\/login/);
  });

  it('refuses a forged or tampered cookie', async () => {
    const { cookie } = await signInOverHttp(con.url, 'vic');
    const flipped = cookie.slice(0, -3) + (cookie.endsWith('A') ? 'B' : 'A') + cookie.slice(-2);
    expect((await api('/api/console', flipped)).status).toBe(401);
  });
});
