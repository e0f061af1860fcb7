import { describe, expect, it } from 'vitest';
import { readSignInConfig } from './config';
import { SessionCodec } from './session';

const full = {
  OIDC_ISSUER: 'https://tenant.accounts.ondemand.com',
  OIDC_CLIENT_ID: 'console',
  OIDC_CLIENT_SECRET: 'shh-client-secret',
  CONSOLE_PUBLIC_URL: 'https://console.example.com/',
  SESSION_SECRET: 'x'.repeat(32),
};

describe('sign-in configuration from the environment', () => {
  it('is off when no OIDC variable is set', () => {
    expect(readSignInConfig({})).toBeNull();
  });

  it('applies the documented defaults, and Secure cookies behind https', () => {
    const config = readSignInConfig(full)!;
    expect(config).toMatchObject({
      publicUrl: 'https://console.example.com',
      rolesClaim: 'roles',
      editorRoles: ['editor'],
      viewerRoles: ['viewer'],
      secureCookies: true,
      idleMs: 3_600_000,
      maxMs: 12 * 3_600_000,
    });
    expect(
      readSignInConfig({ ...full, CONSOLE_EDITOR_ROLES: 'admins, secret-editors', CONSOLE_PUBLIC_URL: 'http://127.0.0.1:8080' }),
    ).toMatchObject({
      editorRoles: ['admins', 'secret-editors'],
      secureCookies: false,
    });
  });

  it('names every missing or bad variable and the rule, and never echoes the secrets', () => {
    const err = (() => {
      try {
        readSignInConfig({ OIDC_ISSUER: 'http://idp.example.com', SESSION_SECRET: 'too-short-secret', CONSOLE_VIEWER_ROLES: ' , ' });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    const plain = (() => {
      try {
        readSignInConfig({ ...full, CONSOLE_PUBLIC_URL: 'http://console.example.com' });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(err).toContain('OIDC_ISSUER: must be https (plain http only for a provider on 127.0.0.1 or localhost)');
    expect(err).toContain('OIDC_CLIENT_ID: is required');
    expect(err).toContain('OIDC_CLIENT_SECRET: is required');
    expect(err).toContain('CONSOLE_PUBLIC_URL: is required');
    expect(err).toContain('SESSION_SECRET: must be at least 32 characters');
    expect(err).toContain('CONSOLE_VIEWER_ROLES: must name at least one role');
    expect(err).not.toContain('too-short-secret');
    expect(plain).toContain('CONSOLE_PUBLIC_URL: must be https (the session cookie would cross the network in clear');
  });
});

describe('the session cookie', () => {
  const codec = new SessionCodec('s'.repeat(40), { idleMs: 60_000, maxMs: 3_600_000 });
  const start = Date.parse('2026-11-23T10:00:00Z');
  const session = { sid: 's-1', sub: 'edna', name: 'Edna', roles: ['editor'], role: 'editor' as const, startedAt: start, seenAt: start };

  it('opens on any process with the same secret, and not with another', async () => {
    const sealed = await codec.seal(session);
    const other = new SessionCodec('s'.repeat(40), { idleMs: 60_000, maxMs: 3_600_000 });
    expect(await other.open(sealed, start + 1000)).toMatchObject({ sub: 'edna', role: 'editor' });
    expect(await new SessionCodec('t'.repeat(40), { idleMs: 60_000, maxMs: 3_600_000 }).open(sealed, start + 1000)).toBeNull();
  });

  it('ends after the idle time-out, and after the absolute one even when used', async () => {
    expect(await codec.open(await codec.seal(session), start + 61_000)).toBeNull();
    const late = { ...session, seenAt: start + 3_590_000 };
    expect(await codec.open(await codec.seal(late), start + 3_595_000)).not.toBeNull();
    expect(await codec.open(await codec.seal(late), start + 3_601_000)).toBeNull();
  });

  it('never opens a login cookie as a session', async () => {
    const login = await codec.sealLogin({ state: 's', nonce: 'n', verifier: 'v', returnTo: '/' });
    expect(await codec.open(login)).toBeNull();
  });
});
