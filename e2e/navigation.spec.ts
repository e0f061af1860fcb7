import { test, expect, unique } from './fixtures';

test('an admin picks a resource group by keyboard from the navigation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Resource group' }).focus();
  const search = page.getByRole('combobox', { name: 'Resource group' });
  await expect(search).toBeFocused();
  await page.keyboard.type('team-vi');
  await expect(page.getByRole('option', { name: /team-vision/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/secrets\/groups\/team-vision$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Resource group team-vision' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
});

test('the theme switches between light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('leaving an edit with unsaved changes asks first, and nothing is sent', async ({ console, tenant, page }) => {
  const scope = { kind: 'main' } as const;
  const name = await tenant.createSecret(scope, unique('unsaved'), { k: 'dg==' }, [{ key: 'ext.ai.sap.com/team', value: 'a' }]);
  await console.openScope(scope, `?q=${name}`);
  await console.openEdit(name);
  await console.drawer.getByLabel('Value of ext.ai.sap.com/team').fill('changed');
  await page.getByRole('link', { name: 'Tenant-wide' }).click({ force: true });
  const ask = page.getByRole('alertdialog').filter({ hasText: 'Discard unsaved changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(console.drawer.getByLabel('Value of ext.ai.sap.com/team')).toHaveValue('changed');
  // Cancel is itself the choice to discard: it closes without asking again.
  await console.drawer.getByRole('button', { name: 'Cancel' }).click();
  await expect(console.drawer).toBeHidden();
  await expect(ask).toHaveCount(0);
  const labels = ((await (await tenant.secret(scope, name)).json()) as { labels: unknown }).labels;
  expect(labels).toEqual([{ key: 'ext.ai.sap.com/team', value: 'a' }]);
});

test('keyboard shortcuts: "/" focuses the filter, "n" starts a new secret', async ({ page }) => {
  await page.goto('/secrets/main');
  await expect(page.getByRole('row').filter({ hasText: 'object-store-main' })).toBeVisible();
  await page.keyboard.press('/');
  const filter = page.getByRole('textbox', { name: 'Filter by name' });
  await expect(filter).toBeFocused();
  await page.keyboard.type('docker');
  await expect(page.getByRole('row').filter({ hasText: 'object-store-main' })).toHaveCount(0);
  await filter.blur();
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: 'New secret: Main tenant' })).toBeVisible();
});

test('a slow answer shows a progress bar until it arrives', async ({ page }) => {
  await page.route('**/v2/admin/secrets?*', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/secrets/main');
  await expect(page.getByRole('progressbar', { name: 'Loading' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'object-store-main' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Loading' })).toBeHidden();
});
