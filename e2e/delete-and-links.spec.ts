import { test, expect, unique } from './fixtures';
import type { Scope } from '../src/contract';

const scopes: [string, Scope][] = [
  ['main tenant', { kind: 'main' }],
  ['resource group', { kind: 'group', resourceGroup: 'staging' }],
];

test.describe('deleting', () => {
  for (const [label, scope] of scopes) {
    test(`an admin deletes a secret in the ${label} after confirming`, async ({ console, tenant, page }) => {
      const name = await tenant.createSecret(scope, unique('del'));
      await console.openScope(scope, `?q=${name}`);
      await page.getByRole('button', { name: `Delete ${name}` }).click();
      const dialog = page.getByRole('dialog', { name: `Delete ${name}?` });
      await expect(dialog).toContainText(label === 'main tenant' ? 'Main tenant' : 'Resource group staging');
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await console.expectNotification(`Deleted ${name}`);
      await expect(console.row(name)).toHaveCount(0);
      expect((await tenant.secret(scope, name)).status()).toBe(404);
    });
  }

  test('a tenant-wide secret must be typed to be deleted, and the groups that lose it are counted', async ({ console, tenant, page }) => {
    const tw = { kind: 'tenant-wide' } as const;
    const name = await tenant.createSecret(tw, unique('tw-del'));
    await console.openScope(tw);
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${name}?` });
    await expect(dialog).toContainText(/It is tenant-wide: \d+ resource groups lose their copy/);
    const confirm = dialog.getByRole('button', { name: 'Delete' });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
    await confirm.click();
    await console.expectNotification(`Deleted ${name}`);
    expect((await tenant.secret(tw, name)).status()).toBe(404);
  });
});

test('a deep link reopens a group list on page 2 with its filter, and the back button works', async ({ console, tenant, page }) => {
  const groupId = await tenant.createGroup(unique('links'));
  const scope = { kind: 'group', resourceGroup: groupId } as const;
  await expect.poll(() => tenant.groupStatus(groupId)).toBe('PROVISIONED');
  const names = Array.from({ length: 30 }, (_, i) => `bulk-${String(i).padStart(2, '0')}`);
  for (const n of names) await tenant.createSecret(scope, n);
  for (const n of ['other-1', 'other-2']) await tenant.createSecret(scope, n);

  // own=1: the group's own secrets (the default view adds the tenant-wide ones its workloads get).
  await page.goto(`/secrets/groups/${groupId}?page=2&q=bulk&own=1`);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('30 of 32 secrets match');
  await expect(page.getByRole('textbox', { name: 'Filter by name' })).toHaveValue('bulk');
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Secrets' }).getByRole('row');
  await expect(rows).toHaveCount(1 + 5);
  await expect(console.row('bulk-25')).toBeVisible();
  await expect(console.row('bulk-24')).toHaveCount(0);

  await page.getByRole('button', { name: 'Page 1' }).click();
  await expect(page).toHaveURL(/q=bulk/);
  await expect(console.row('bulk-00')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/page=2/);
  await expect(console.row('bulk-29')).toBeVisible();
});
