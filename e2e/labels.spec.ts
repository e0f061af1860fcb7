import { test, expect, unique } from './fixtures';

const main = { kind: 'main' } as const;

test.describe('labels', () => {
  test('an admin adds, changes and removes labels, and the removed one is gone after a reload', async ({ console, tenant, page }) => {
    const name = unique('labelled');
    await tenant.createSecret(main, name, { k: 'dg==' }, [
      { key: 'ext.ai.sap.com/team', value: 'nlp' },
      { key: 'ext.ai.sap.com/owner', value: 'ann' },
    ]);
    await console.openScope(main, `?q=${name}`);
    await console.openEdit(name);
    const drawer = console.drawer;
    await drawer.getByLabel('Value of ext.ai.sap.com/team').fill('vision');
    await drawer.getByRole('button', { name: 'Remove ext.ai.sap.com/owner' }).click();
    await expect(drawer.getByText('will remove')).toBeVisible();
    await drawer.getByRole('button', { name: 'Add label' }).click();
    await drawer.getByLabel('New label 3 key').fill('stage');
    await drawer.getByLabel('New label 3 value').fill('prod');
    await drawer.getByRole('button', { name: 'Review changes' }).click();
    const review = drawer.getByLabel('Changes to save');
    await expect(review).toContainText('~ change ext.ai.sap.com/team: nlp → vision');
    await expect(review).toContainText('− will remove ext.ai.sap.com/owner (was ann)');
    await expect(review).toContainText('+ add ext.ai.sap.com/stage = prod');
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await console.expectNotification(`Updated labels of ${name}`);

    await page.reload();
    const row = console.row(name);
    await expect(row).toContainText('team=vision');
    await expect(row).toContainText('stage=prod');
    await expect(row).not.toContainText('owner=');
  });

  test('protected labels are shown locked, with the reason', async ({ console }) => {
    await console.openScope({ kind: 'tenant-wide' });
    await console.openEdit('hana-vector-db');
    const locked = console.drawer.getByRole('textbox', { name: 'ext.ai.sap.com/document-grounding' });
    await expect(locked).toBeDisabled();
    await expect(locked).toHaveValue('true');
    await expect(console.drawer.getByLabel(/ext\.ai\.sap\.com\/documentRepositoryType is locked/)).toBeVisible();
    await expect(
      console.drawer.getByText(/be set only when a secret is created; it cannot be changed or removed afterwards/),
    ).toBeVisible();
    await expect(console.drawer.getByRole('button', { name: /Remove ext\.ai\.sap\.com\/document-grounding/ })).toHaveCount(0);
  });

  test('a label rule is explained at the label row as the user types', async ({ console }) => {
    await console.openScope(main);
    await console.startCreate(unique('rules'));
    await console.fillRow(0, 'k', 'v');
    await console.addLabel('team-', 'x');
    await console.drawer.getByRole('button', { name: 'Review' }).click();
    await expect(console.drawer.getByText(/must start and end with a letter or digit/)).toBeVisible();
  });

  test('a name that is already taken is answered at the name field', async ({ console }) => {
    await console.openScope(main);
    await console.startCreate('object-store-main');
    await console.fillRow(0, 'k', 'v');
    await console.reviewAndCreate();
    const nameField = console.drawer.getByLabel('Name');
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(console.drawer.getByText('a secret named "object-store-main" already exists in this scope')).toBeVisible();
  });
});
