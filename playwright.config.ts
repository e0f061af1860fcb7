import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';

// The console on a fresh emulator, tuned so replication, provisioning and re-sync happen within a test.
// Two of them side by side, each with its own data: the stories are split between them (two projects, one
// worker each), so that their waits (provisioning, deletion, re-sync) overlap and the run takes about half
// as long. Within a project the stories still run one after another on their own tenant.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_DATA_DIR = path.resolve('.tmp/e2e-emulator');
/** The second console's port and data. */
export const E2E_PORT_B = E2E_PORT + 1;
export const E2E_DATA_DIR_B = path.resolve('.tmp/e2e-emulator-b');
/** `npm start` with no key runs two demo tenants, each with its own folder under --data-dir. */
export const E2E_TENANT_DIR = (name: 'dev' | 'prod', dataDir = E2E_DATA_DIR) => path.join(dataDir, name);
export const E2E_STUCK_GROUP = 'stuck-group';
export const E2E_RESYNC_MS = 8000;

/** The stories that run on the second console: the axe pass and the ones that wait most (groups, replication), about half the time. */
const ON_B = ['accessibility.spec.ts', 'resource-groups.spec.ts', 'replication.spec.ts', 'pending-vs-stuck.spec.ts'].map(
  (f) => new RegExp(`/e2e/${f.replace(/\./g, '\\.')}$`),
);

const consoleServer = (port: number, dataDir: string) => ({
  command: [
    'node_modules/.bin/tsx src/server/cli.ts start',
    `--port ${port}`,
    `--data-dir ${dataDir} --reset`,
    '--replication-delay-ms 800 --replication-concurrency 1',
    `--resync-interval-ms ${E2E_RESYNC_MS}`,
    `--stuck-groups ${E2E_STUCK_GROUP}`,
    '--provision-delay-ms 1500 --max-groups 200 --group-deletion-delay-ms 6000',
  ].join(' '),
  url: `http://127.0.0.1:${port}/api/console`,
  reuseExistingServer: false,
  timeout: 120_000,
  env: { AICORE_SERVICE_KEY: '', AICORE_SERVICE_KEY_FILE: '', VCAP_SERVICES: '', CONSOLE_CONNECTIONS: '' },
});

export default defineConfig<{ dataDir: string }>({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2, // one per project: each console's stories run one after another and clean up after themselves
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ['json', { outputFile: '.tmp/results/playwright.json' }],
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'console-a',
      // Team mode has its own console with sign-in: playwright.team.config.ts.
      testIgnore: [/\/e2e\/team\//, ...ON_B],
      workers: 1,
      use: { baseURL: `http://127.0.0.1:${E2E_PORT}`, dataDir: E2E_DATA_DIR },
    },
    {
      name: 'console-b',
      testMatch: ON_B,
      workers: 1,
      use: { baseURL: `http://127.0.0.1:${E2E_PORT_B}`, dataDir: E2E_DATA_DIR_B },
    },
  ],
  webServer: [consoleServer(E2E_PORT, E2E_DATA_DIR), consoleServer(E2E_PORT_B, E2E_DATA_DIR_B)],
});
