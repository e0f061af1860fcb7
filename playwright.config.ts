import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';

// The console on a fresh emulator, tuned so replication, provisioning and re-sync happen within a test.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_DATA_DIR = path.resolve('.tmp/e2e-emulator');
/** `npm start` with no key runs two demo tenants, each with its own folder under --data-dir. */
export const E2E_TENANT_DIR = (name: 'dev' | 'prod') => path.join(E2E_DATA_DIR, name);
export const E2E_STUCK_GROUP = 'stuck-group';
export const E2E_RESYNC_MS = 8000;

export default defineConfig({
  testDir: 'e2e',
  testIgnore: /\/e2e\/team\//, // team mode has its own console with sign-in: playwright.team.config.ts
  fullyParallel: false,
  workers: 1, // one emulator, one tenant: stories run one after another and clean up after themselves
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ['json', { outputFile: '.tmp/results/playwright.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: [
      'node_modules/.bin/tsx src/server/cli.ts start',
      `--port ${E2E_PORT}`,
      `--data-dir ${E2E_DATA_DIR} --reset`,
      '--replication-delay-ms 800 --replication-concurrency 1',
      `--resync-interval-ms ${E2E_RESYNC_MS}`,
      `--stuck-groups ${E2E_STUCK_GROUP}`,
      '--provision-delay-ms 1500 --max-groups 200 --group-deletion-delay-ms 6000',
    ].join(' '),
    url: `http://127.0.0.1:${E2E_PORT}/api/console`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { AICORE_SERVICE_KEY: '', AICORE_SERVICE_KEY_FILE: '', VCAP_SERVICES: '', CONSOLE_CONNECTIONS: '' },
  },
});
