// `npm start` with half a sign-in configuration stops before anything starts, naming what is missing.
import { describe, expect, it } from 'vitest';
import { NO_SERVICE_KEY, spawnCli } from '../testing/spawn';

describe('npm start in team mode', () => {
  it('refuses an incomplete sign-in configuration with every problem named', async () => {
    const err = await spawnCli(['start', '--port', '0'], {
      env: { ...NO_SERVICE_KEY, OIDC_ISSUER: 'https://idp.example.com', OIDC_CLIENT_SECRET: 'do-not-echo-me', SESSION_SECRET: 'short' },
      ready: /Console: http/,
    }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message).toContain('sign-in (OpenID Connect) is not configured completely');
    expect(message).toContain('OIDC_CLIENT_ID: is required');
    expect(message).toContain('CONSOLE_PUBLIC_URL: is required');
    expect(message).toContain('SESSION_SECRET: must be at least 32 characters');
    expect(message).not.toContain('do-not-echo-me');
    expect(message).not.toMatch(/started the embedded AI Core emulator/);
  }, 60_000);
});
