import { test, expect, unique } from './fixtures';

test('without sign-in, changes are recorded as "local" and the activity page filters them', async ({ page, tenant }) => {
  const group = { kind: 'group', resourceGroup: 'research' } as const;
  const name = unique('activity');
  await tenant.createSecret(group, name, { API_KEY: Buffer.from('never-in-the-log').toString('base64') }, [
    { key: 'ext.ai.sap.com/owner', value: 'data-team' },
  ]);
  const del = await tenant.deleteSecret(group, name);
  expect(del.status()).toBe(200);

  await page.goto('/');
  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { name: 'Activity', level: 2 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Secret', exact: true }).fill(name);
  const rows = page.getByRole('table', { name: 'Activity log' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Deleted secret');
  await expect(rows.nth(2)).toContainText('local');
  await expect(rows.nth(2)).toContainText('Created secret');
  await expect(rows.nth(2)).toContainText('Group research');
  await expect(rows.nth(2)).toContainText('API_KEY');
  await expect(rows.nth(2)).toContainText('ext.ai.sap.com/owner=data-team');
  await expect(page.getByText('never-in-the-log')).toHaveCount(0);

  // Filters combine, live in the URL, and clear.
  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Deleted secret' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page).toHaveURL(/action=secret\.delete/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('textbox', { name: 'Secret', exact: true })).toHaveValue('');
  await expect(page).toHaveURL(/\/activity$/);
});
