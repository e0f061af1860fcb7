// A keyboard-only admin: no mouse event from the first page to the last. Focus is followed with Tab, and
// each dialog hands focus back to the control that opened it.
import { expect } from '@playwright/test';
import { test, unique } from './fixtures';
import { forbidMouse, tabTo } from './a11y';

test('a keyboard-only admin creates a group secret with two labels, empties one label and deletes the secret', async ({ page, tenant }) => {
  test.setTimeout(120_000);
  const noMouse = await forbidMouse(page);
  const scope = { kind: 'group', resourceGroup: 'team-vision' } as const;
  const name = unique('kbd');
  tenant.willDelete(() => tenant.deleteSecret(scope, name));

  // Pick the group: Tab to the picker, type part of its id, Enter.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
  // The picker's button becomes a searchable list as it takes focus (once its code is there: wait on it).
  const picker = page.getByRole('combobox', { name: 'Resource group' });
  await tabTo(page, page.getByRole('button', { name: /^Resource group:/ }).or(picker));
  await expect(picker).toBeFocused();
  await page.keyboard.type('team-vis');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/secrets\/groups\/team-vision$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Resource group team-vision' })).toBeVisible();

  // Create: "n" opens the drawer, focus starts in Name.
  const newButton = page.getByRole('button', { name: 'New secret' }).first();
  await page.keyboard.press('n');
  const drawer = page.getByRole('dialog', { name: /New secret/ });
  await expect(drawer.getByLabel('Name')).toBeFocused();
  await page.keyboard.type(name);
  await tabTo(page, drawer.getByLabel('Key 1', { exact: true }));
  await page.keyboard.type('TOKEN');
  await tabTo(page, drawer.getByLabel('Value 1', { exact: true }));
  await page.keyboard.type('s3cret-välue');
  for (const [i, [key, value]] of [
    ['team', 'vision'],
    ['stage', 'dev'],
  ].entries()) {
    await tabTo(page, drawer.getByRole('button', { name: 'Add label' }));
    await page.keyboard.press('Enter');
    const keyField = drawer.getByLabel(`Label ${i + 1} key`);
    await expect(keyField).toBeFocused(); // focus moves to the new row
    await page.keyboard.type(key!);
    await tabTo(page, drawer.getByLabel(`Label ${i + 1} value`));
    await page.keyboard.type(value!);
  }
  await tabTo(page, drawer.getByRole('button', { name: 'Review' }));
  await page.keyboard.press('Enter');
  await tabTo(page, drawer.getByRole('button', { name: 'Create secret' }));
  await page.keyboard.press('Enter');
  await expect(drawer).toBeHidden();
  await expect(newButton).toBeFocused();
  const created = (await (await tenant.secret(scope, name)).json()) as { labels: { key: string; value: string }[] };
  expect(created.labels).toEqual(
    expect.arrayContaining([
      { key: 'ext.ai.sap.com/team', value: 'vision' },
      { key: 'ext.ai.sap.com/stage', value: 'dev' },
    ]),
  );

  // Edit: empty the "stage" label's value, which removes it.
  const editButton = page.getByRole('button', { name: `Edit ${name}` });
  await tabTo(page, editButton);
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: new RegExp(`Edit ${name}`) });
  await tabTo(page, edit.getByLabel('Value of ext.ai.sap.com/stage'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect(edit.getByText('will remove').first()).toBeVisible();
  await tabTo(page, edit.getByRole('button', { name: 'Review changes' }));
  await page.keyboard.press('Enter');
  await tabTo(page, edit.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(edit).toBeHidden();
  await expect(editButton).toBeFocused();
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).not.toContainText('stage');
  const edited = (await (await tenant.secret(scope, name)).json()) as { labels: { key: string; value: string }[] };
  expect(edited.labels).toEqual([{ key: 'ext.ai.sap.com/team', value: 'vision' }]);

  // Delete: the dialog closes onto something on the page, never onto nothing.
  const deleteButton = page.getByRole('button', { name: `Delete ${name}` });
  await tabTo(page, deleteButton);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape'); // first, back out: focus returns to the row's Delete button
  await expect(confirm).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await tabTo(page, confirm.getByRole('button', { name: 'Delete' }));
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  expect((await tenant.secret(scope, name)).status()).toBe(404);
  const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest('main') && document.activeElement !== document.body);
  expect(focusedInMain).toBe(true);
  await noMouse();
});

test('"?" lists one shortcut scheme, and its keys work on every page', async ({ page }) => {
  await page.goto('/secrets/main');
  await expect(page.getByRole('heading', { level: 2, name: 'Main tenant' })).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const does of ['Jump to the filter', 'Tenant map', 'Resource groups'])
    await expect(help.getByRole('cell', { name: new RegExp(does) })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // g then a letter goes to a page; "/" and "n" mean the same on each page that has them.
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { level: 2, name: 'Resource groups' })).toBeVisible();
  await page.keyboard.press('n');
  const create = page.getByRole('dialog', { name: 'New resource group' });
  await expect(create).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(create).toBeHidden();
  await expect(page.getByRole('button', { name: 'New resource group' })).toBeFocused();
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page.getByRole('heading', { level: 2, name: 'Tenant-wide' })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: 'New secret: Tenant-wide' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await expect(page.getByRole('heading', { level: 2, name: 'Tenant map' })).toBeVisible();
  await page.keyboard.press('/');
  const filter = page.getByRole('textbox', { name: 'Filter by name' });
  await expect(filter).toBeFocused();
  // Typed into a field, the same keys are just text.
  await page.keyboard.type('gn?');
  await expect(filter).toHaveValue('gn?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Tenant map' })).toBeVisible();
});
