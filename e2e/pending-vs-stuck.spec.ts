// A copy unreplicated for a short while is pending; past the threshold it is stuck, looks different, and the
// console says what the admin can really do. The threshold is shown, editable, and remembered.
import AxeBuilder from '@axe-core/playwright';
import { E2E_STUCK_GROUP } from '../playwright.config';
import { test, expect } from './fixtures';

test('a copy in the stuck group turns from pending into stuck, with honest guidance and no fake retry', async ({
  page,
  tenant,
  request,
}) => {
  await tenant.createGroup(E2E_STUCK_GROUP);
  await expect.poll(() => tenant.groupStatus(E2E_STUCK_GROUP), { timeout: 20_000 }).toBe('PROVISIONED');
  await page.goto('/secrets/tenant-wide/metering-token?stuckAfter=6&measure=first-seen');
  await expect(page.getByTestId('stuck-rule')).toHaveText(
    'A copy still not replicated 6 s after it was first seen unreplicated by this console counts as stuck.',
  );
  const row = page.getByTestId(`group-row-${E2E_STUCK_GROUP}`);
  await expect(row).toHaveAttribute('data-state', 'pending');
  await expect(row).toContainText(/pending for \d+ s \(first seen unreplicated at /);
  await expect(row).toContainText('Nothing to do yet');

  await expect(row).toHaveAttribute('data-state', 'stuck', { timeout: 30_000 });
  await expect(row.getByText('stuck', { exact: true })).toBeVisible();
  await expect(row).toContainText(/stuck for \d+ s/);
  await expect(row).toContainText('the service re-syncs tenant-wide secrets periodically');
  await expect(row).toContainText("rotating the secret (saving its data again) writes every group's copy again");
  // Stuck looks different from pending: a filled red badge on a tinted row.
  const [stuckBg, pendingLike] = await Promise.all([
    row.evaluate((el) => getComputedStyle(el).backgroundColor),
    page.getByTestId('group-row-default').evaluate((el) => getComputedStyle(el).backgroundColor),
  ]);
  expect(stuckBg).not.toBe(pendingLike);
  await expect(row.getByRole('button', { name: /retry/i })).toHaveCount(0);
  await expect(row.getByRole('link', { name: 'Rotate to write every copy again' })).toHaveAttribute(
    'href',
    '/c/dev/secrets/tenant-wide?edit=metering-token',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Stuck in 1 resource group' })).toBeVisible();
  // The stuck look keeps its contrast.
  const { violations } = await new AxeBuilder({ page }).include(`[data-testid="group-row-${E2E_STUCK_GROUP}"]`).analyze();
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.html.slice(0, 100)} ${n.failureSummary?.slice(0, 200)}`).join(' | ')}`),
  ).toEqual([]);

  // What the console shows is what the service says: the stuck group's copy is not replicated.
  const secret = (await (
    await request.get('/api/v2/admin/secrets/metering-token', { headers: { 'AI-Tenant-Scope': 'true', 'AI-Resource-Group': '*' } })
  ).json()) as { resourceGroupSecretsSyncStatus: Record<string, boolean> };
  expect(secret.resourceGroupSecretsSyncStatus[E2E_STUCK_GROUP]).toBe(false);
});

test('the threshold is editable, kept in the URL and remembered by this browser', async ({ page }) => {
  await page.goto('/secrets/tenant-wide/llm-gateway-key');
  const input = page.getByLabel('Stuck after (s)');
  await input.fill('90');
  await input.blur();
  await expect(page).toHaveURL(/stuckAfter=90/);
  await page.getByRole('combobox', { name: 'Measured from' }).click();
  await page.getByRole('option', { name: 'secret created or rotated' }).click();
  await expect(page).toHaveURL(/measure=last-change/);
  await expect(page.getByTestId('stuck-rule')).toContainText('90 s after it was created or last rotated');

  await page.goto('/secrets/tenant-wide/hana-vector-db');
  await expect(page.getByLabel('Stuck after (s)')).toHaveValue('90');
  await expect(page.getByTestId('stuck-rule')).toContainText('created or last rotated');
  const stored = await page.evaluate(() => localStorage.getItem('aicore-console.stuck-threshold'));
  expect(JSON.parse(stored!)).toEqual({ stuckAfterS: 90, measure: 'last-change' });
});
