// The console against a separately running emulator (the upstream mode), which the story stops and restarts.
import fs from 'node:fs';
import path from 'node:path';
import { freePort, NO_SERVICE_KEY, spawnCli, type Spawned } from '../src/server/testing/spawn';
import { tempDir } from '../src/server/testing/emulator-fixture';
import { test, expect } from './fixtures';

const noKey = NO_SERVICE_KEY;

test('when AI Core goes away mid-session the console says so, and recovers by itself when it is back', async ({ page }) => {
  test.setTimeout(120_000);
  const procs: Spawned[] = [];
  try {
    const dataDir = tempDir();
    const upstreamPort = await freePort();
    const startEmulator = () =>
      spawnCli(['emulator', '--port', String(upstreamPort), '--data-dir', dataDir], { env: noKey, ready: /listening on/ });
    let emulator = await startEmulator();
    procs.push(emulator);
    const key = fs.readFileSync(path.join(dataDir, 'service-key.json'), 'utf8');
    const consolePort = await freePort();
    procs.push(
      await spawnCli(['start', '--port', String(consolePort)], { env: { ...noKey, AICORE_SERVICE_KEY: key }, ready: /mode: AI Core at/ }),
    );

    await page.goto(`http://127.0.0.1:${consolePort}/secrets/main`);
    await expect(page.getByRole('row').filter({ hasText: 'object-store-main' })).toBeVisible();
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await emulator.kill('SIGKILL');
    await page.getByRole('link', { name: 'Tenant-wide' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'AI Core is not reachable' })).toBeVisible({ timeout: 30_000 });
    // The banner comes from the list's first failed attempt, before its retries give up (1 s + 2 s later),
    // and the header badge says the same thing at that moment: one source of truth.
    await expect(page.getByText('Could not list the secrets')).toHaveCount(0);
    await expect(page.getByTestId('connection')).toHaveAttribute('title', /AI Core cannot be reached/);
    await expect(page.getByText('Could not list the secrets')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/could not be reached .*Check that it is running/)).toBeVisible();
    await expect(page.getByTestId('connection')).toHaveAttribute('title', /AI Core cannot be reached/);

    emulator = await startEmulator();
    procs.push(emulator);
    await expect(page.getByRole('alert').filter({ hasText: 'AI Core is not reachable' })).toBeHidden({ timeout: 30_000 });
    await expect(page.getByRole('row').filter({ hasText: 'llm-gateway-key' })).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true); // no reload
  } finally {
    for (const p of procs) await p.kill();
  }
});
