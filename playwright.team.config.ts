import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base, { E2E_PORT } from './playwright.config';

// Team mode: the console with OpenID Connect sign-in against a real provider (oidc-provider) started here,
// on ports of their own so both configurations can run one after the other.
export const TEAM_PORT = E2E_PORT + 1000;
export const IDP_PORT = E2E_PORT + 1001;
export const TEAM_URL = `http://127.0.0.1:${TEAM_PORT}`;
export const TEAM_DATA_DIR = path.resolve('.tmp/e2e-team');
const CLIENT = { id: 'secrets-console', secret: 'e2e-client-secret-not-a-real-one' };

export default defineConfig({
  ...base,
  testDir: 'e2e/team',
  testIgnore: undefined,
  // One console with sign-in, one worker: not the default run's two consoles.
  projects: undefined,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report/team' }],
    ['json', { outputFile: '.tmp/results/playwright-team.json' }],
  ],
  use: { ...base.use, baseURL: TEAM_URL },
  webServer: [
    {
      command: 'node_modules/.bin/tsx src/server/testing/oidc-provider-server.ts',
      url: `http://127.0.0.1:${IDP_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { IDP_PORT: String(IDP_PORT), IDP_CLIENT_ID: CLIENT.id, IDP_CLIENT_SECRET: CLIENT.secret, IDP_CONSOLE_URL: TEAM_URL },
    },
    {
      command: [
        'node_modules/.bin/tsx src/server/cli.ts start',
        `--port ${TEAM_PORT}`,
        `--data-dir ${TEAM_DATA_DIR} --reset`,
        '--replication-delay-ms 300',
      ].join(' '),
      // Public without a session: the console is up when it answers.
      url: `${TEAM_URL}/auth/signed-out`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        AICORE_SERVICE_KEY: '',
        AICORE_SERVICE_KEY_FILE: '',
        VCAP_SERVICES: '',
        DATABASE_URL: '',
        OIDC_ISSUER: `http://127.0.0.1:${IDP_PORT}`,
        OIDC_CLIENT_ID: CLIENT.id,
        OIDC_CLIENT_SECRET: CLIENT.secret,
        CONSOLE_PUBLIC_URL: TEAM_URL,
        SESSION_SECRET: 'e2e-session-secret-with-enough-characters-0123',
      },
    },
  ],
});
