import { E2E_RESYNC_MS, E2E_STUCK_GROUP } from '../playwright.config';
import { test, expect, unique } from './fixtures';

test.describe('replication you can watch', () => {
  test('an admin rotates a tenant-wide secret and watches it reach every group', async ({ console, page }) => {
    await page.goto('/secrets/tenant-wide/llm-gateway-key');
    const summary = page.getByTestId('replication-summary');
    await expect(summary).toHaveText(/^All \d+ resource groups in sync$/, { timeout: 45_000 }); // the seed's own replication first
    const total = Number((await summary.textContent())!.match(/\d+/)![0]);

    await page.getByRole('link', { name: 'Rotate or edit' }).click();
    await console.drawer.getByRole('switch', { name: 'Replace the data (rotate)' }).check();
    await console.fillRow(0, 'apiKey', `rotated-${Date.now()}-välue`);
    await console.drawer.getByRole('button', { name: 'Review changes' }).click();
    await expect(console.drawer.getByText('Data will be replaced')).toBeVisible();
    await console.drawer.getByRole('button', { name: 'Save changes' }).click();
    await expect(page).toHaveURL(/\/secrets\/tenant-wide\/llm-gateway-key$/);

    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          const text = (await summary.textContent()) ?? '';
          seen.add(text);
          return text;
        },
        { timeout: 45_000, intervals: [200] },
      )
      .toBe(`All ${total} resource groups in sync`);
    const intermediate = [...seen].filter((t) => /^\d+ of \d+ resource groups in sync$/.test(t) && !t.startsWith('0 '));
    expect(intermediate.length, `states seen: ${[...seen].join(' | ')}`).toBeGreaterThan(0);
    await expect(page.getByRole('table', { name: 'Replication per resource group' }).getByText('in sync')).toHaveCount(total);
  });

  test('a stuck group is shown stuck, with guidance, while the rest complete', async ({ tenant, page }) => {
    await tenant.createGroup(E2E_STUCK_GROUP);
    await expect.poll(() => tenant.groupStatus(E2E_STUCK_GROUP), { timeout: 20_000 }).toBe('PROVISIONED');
    await page.goto('/secrets/tenant-wide/hana-vector-db?stuckAfter=5');
    const stuckRow = page.getByTestId(`group-row-${E2E_STUCK_GROUP}`);
    await expect(stuckRow.getByText('pending', { exact: true })).toBeVisible();
    await expect(stuckRow.getByText('stuck', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(stuckRow).toContainText('rotating the secret');
    await expect(page.getByRole('alert').filter({ hasText: 'Stuck in 1 resource group' })).toBeVisible();
    const summary = page.getByTestId('replication-summary');
    await expect(summary).toHaveText(/^(\d+) of (\d+) resource groups in sync$/, { timeout: 45_000 });
    await expect
      .poll(
        async () => {
          const [, inSync, total] = (await summary.textContent())!.match(/^(\d+) of (\d+)/)!;
          return Number(total) - Number(inSync);
        },
        { timeout: 45_000 },
      )
      .toBe(1);
  });

  test('a group secret with a tenant-wide name shows as shadowing on the map until the re-sync, or until it is deleted there', async ({
    tenant,
    page,
  }) => {
    test.setTimeout(120_000);
    const nlp = { kind: 'group', resourceGroup: 'team-nlp' } as const;
    const cell = page.getByRole('button', { name: 'llm-gateway-key in team-nlp: shadows the tenant-wide secret' });
    const replicated = page.getByRole('img', { name: 'llm-gateway-key in team-nlp: replicated' });

    await tenant.createSecret(nlp, 'llm-gateway-key');
    await page.goto('/map');
    await expect(cell).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'shadows a tenant-wide secret' })).toBeVisible();
    // The emulator's periodic re-sync takes the group's copy back.
    await expect(replicated).toBeVisible({ timeout: 2 * E2E_RESYNC_MS + 20_000 });
    await expect(cell).toHaveCount(0);

    await tenant.createSecret(nlp, 'llm-gateway-key');
    await page.reload();
    await cell.click();
    const explain = page.getByRole('dialog', { name: 'llm-gateway-key in team-nlp' });
    await expect(explain).toContainText('metering');
    // Waiting closes the dialog and gives focus back to the cell; the cell opens it again from the keyboard.
    await explain.getByRole('button', { name: 'Wait for the re-sync' }).click();
    await expect(explain).toBeHidden();
    await expect(cell).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(explain).toContainText('metering');
    await explain.getByRole('button', { name: "Delete the group's secret" }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Deleted llm-gateway-key from team-nlp' })).toBeVisible();
    await expect(replicated).toBeVisible({ timeout: 30_000 });
    expect((await tenant.secret(nlp, 'llm-gateway-key')).status()).toBe(404);
  });
});

test('an admin creates a resource group, watches it provision, and sees every tenant-wide secret reach it', async ({
  tenant,
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const id = unique('new-group');
  tenant.willDelete(() => tenant.deleteGroupAndWait(id));
  await page.goto('/resource-groups');
  await page.getByRole('button', { name: 'New resource group' }).click();
  const dialog = page.getByRole('dialog', { name: 'New resource group' });
  await dialog.getByLabel('Resource group id').fill('x_');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText(/must be 3 to 253 characters/)).toBeVisible();
  await dialog.getByLabel('Resource group id').fill(id);
  await dialog.getByRole('button', { name: 'Create' }).click();
  const row = page.getByTestId(`group-${id}`);
  await expect(row.getByText('PROVISIONING')).toBeVisible();
  await expect(row.getByText('PROVISIONED')).toBeVisible({ timeout: 20_000 });

  const list = await request.get('/api/v2/admin/secrets', { headers: { 'AI-Tenant-Scope': 'true', 'AI-Resource-Group': '*' } });
  const names = ((await list.json()) as { resources: { name: string }[] }).resources.map((s) => s.name);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    await page.goto(`/secrets/tenant-wide/${name}`);
    await expect(page.getByTestId(`group-row-${id}`).getByText('in sync')).toBeVisible({ timeout: 45_000 });
  }

  // And deletes it again, typing its id to confirm.
  await page.goto('/resource-groups');
  await expect(page.getByRole('button', { name: 'The default group cannot be deleted' })).toBeDisabled();
  await page.getByRole('button', { name: `Delete group ${id}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete resource group ${id}?` });
  await expect(confirm.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await confirm.getByLabel(`Type ${id} to confirm`).fill(id);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  // Deletion is scheduled: the row shows the group as being deleted until the service has removed it.
  await expect(page.getByTestId(`group-${id}`)).toHaveCount(0, { timeout: 30_000 });
  expect(await tenant.groupStatus(id)).toBe('gone');
});
