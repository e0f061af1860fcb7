// The secret forms as an admin uses them: clicks that land, a refusal that refreshes what the list shows,
// label keys renamed, and create / edit labels / rotate by keyboard alone, with focus back on the opener.
import type { Locator, Page } from '@playwright/test';
import { scopeToHeaders } from '../src/contract';
import { test, expect, unique } from './fixtures';

const main = { kind: 'main' } as const;
const tenantWide = { kind: 'tenant-wide' } as const;

/** Tab (forwards) until `target` has focus; fails if it is not reached within `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('the secret forms', () => {
  test('the first click in a fresh "New secret" drawer lands where it was aimed', async ({ console }) => {
    await console.openScope(main);
    await console.page.getByRole('button', { name: 'New secret' }).first().click();
    const drawer = console.drawer;
    await expect(drawer.getByLabel('Name')).toBeFocused();
    // The click blurs the empty name field: no error may push the button away between press and release.
    await drawer.getByRole('button', { name: 'Add label' }).click();
    await expect(drawer.getByLabel('Label 1 key')).toBeFocused();
    await expect(drawer.getByText(/is required/)).toHaveCount(0);
  });

  test('Escape on a half-typed new secret asks first: Keep editing keeps the text, Discard closes and creates nothing', async ({
    console,
    tenant,
    page,
  }) => {
    const name = unique('half-typed');
    await console.openScope(main);
    const opener = page.getByRole('button', { name: 'New secret' }).first();
    await opener.click();
    const drawer = page.getByRole('dialog', { name: 'New secret: Main tenant' });
    const nameField = drawer.getByLabel('Name');
    await expect(nameField).toBeFocused();
    await page.keyboard.type(name);

    await page.keyboard.press('Escape');
    const ask = drawer.getByRole('alertdialog', { name: 'Discard the new secret?' });
    await expect(ask).toBeVisible();
    await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await expect(ask).toBeHidden();
    await expect(nameField).toBeFocused();
    await expect(nameField).toHaveValue(name);

    // Escape on the question itself keeps editing too.
    await page.keyboard.press('Escape');
    await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(drawer).toBeVisible();
    await expect(nameField).toHaveValue(name);

    await page.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Discard' }).click();
    await expect(drawer).toBeHidden();
    await expect(opener).toBeFocused();
    expect((await tenant.secret(main, name)).status()).toBe(404);
    // Opened again, the form starts empty, and closes on Escape without a question.
    await opener.click();
    await expect(nameField).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });

  test('after the service refuses a create (quota reached) the list and the quota show what is there, without a reload', async ({
    console,
    tenant,
    request,
    page,
  }) => {
    const headers = { 'x-console-request': '1', ...scopeToHeaders(tenantWide) };
    const list = async () => ((await (await request.get('/api/v2/admin/secrets', { headers })).json()) as { count: number }).count;
    for (let n = await list(), i = 0; n < 4 && i < 5; n++, i++) await tenant.createSecret(tenantWide, unique('quota-fill'));
    expect(await list()).toBe(4);

    await console.openScope(tenantWide);
    await expect(page.getByTestId('quota')).toHaveText('4 of 5');
    // Someone else takes the last slot while this admin fills in the form.
    const behindTheBack = await tenant.createSecret(tenantWide, unique('quota-other'));
    await console.startCreate(unique('quota-mine'));
    await console.fillRow(0, 'k', 'v');
    await console.reviewAndCreate();
    await console.expectNotification('The secret was not created');
    await console.drawer.getByRole('button', { name: 'Cancel' }).click();
    await expect(console.row(behindTheBack)).toBeVisible();
    await expect(page.getByTestId('quota')).toHaveText('5 of 5');
    await expect(page.getByText(/^Quota reached/)).toBeVisible();
  });

  test('a label key is renamed: the old key is removed and the new one added, after a reload too', async ({ console, tenant, page }) => {
    const name = unique('rename');
    await tenant.createSecret(main, name, { k: 'dg==' }, [{ key: 'ext.ai.sap.com/team', value: 'nlp' }]);
    await console.openScope(main, `?q=${name}`);
    await console.openEdit(name);
    const drawer = console.drawer;
    await drawer.getByLabel('Key of ext.ai.sap.com/team').fill('squad');
    await drawer.getByRole('button', { name: 'Review changes' }).click();
    await expect(drawer.getByLabel('Changes to save')).toContainText(
      'rename ext.ai.sap.com/team to ext.ai.sap.com/squad: removes ext.ai.sap.com/team (was nlp) and adds ext.ai.sap.com/squad = nlp',
    );
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await console.expectNotification(`Updated labels of ${name}`);
    await page.reload();
    await expect(console.row(name)).toContainText('squad=nlp');
    await expect(console.row(name)).not.toContainText('team=');
  });

  test('Cancel is the choice to discard, in both drawers: it closes without asking and nothing changes', async ({
    console,
    tenant,
    page,
  }) => {
    const name = unique('cancel');
    await tenant.createSecret(main, name, { k: 'dg==' }, [{ key: 'ext.ai.sap.com/team', value: 'nlp' }]);
    await console.openScope(main, `?q=${name}`);
    await console.openEdit(name);
    await console.drawer.getByLabel('Key of ext.ai.sap.com/team').fill('squad');
    await console.drawer.getByRole('button', { name: 'Cancel' }).click();
    await expect(console.drawer).toBeHidden();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    expect(((await (await tenant.secret(main, name)).json()) as { labels: unknown }).labels).toEqual([
      { key: 'ext.ai.sap.com/team', value: 'nlp' },
    ]);

    const other = unique('cancel-new');
    await console.startCreate(other);
    await console.fillRow(0, 'k', 'v');
    await console.drawer.getByRole('button', { name: 'Cancel' }).click();
    await expect(console.drawer).toBeHidden();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(console.row(other)).toHaveCount(0);
    expect((await tenant.secret(main, other)).status()).toBe(404);
  });

  test('by keyboard alone: create with two labels, empty a label to remove it, rotate; focus returns to the opener', async ({
    console,
    tenant,
    emulator,
    page,
  }) => {
    const group = { kind: 'group', resourceGroup: 'research' } as const;
    const name = unique('keys-only');
    tenant.willDelete(() => tenant.deleteSecret(group, name));
    await console.openScope(group);
    const newSecret = page.getByRole('button', { name: 'New secret' }).first();
    await newSecret.focus();
    await page.keyboard.press('Enter');
    const drawer = console.drawer;
    await expect(drawer.getByLabel('Name')).toBeFocused();
    await page.keyboard.type(name);

    // The .env modal opens and closes by keyboard, and gives focus back to its button.
    const pasteEnv = drawer.getByRole('button', { name: 'Paste .env…' });
    await tabTo(page, pasteEnv);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Paste a .env block' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pasteEnv).toBeFocused();

    await tabTo(page, drawer.getByLabel('Key 1', { exact: true }));
    await page.keyboard.type('config');
    await tabTo(page, drawer.getByLabel('Value 1', { exact: true }));
    await page.keyboard.type('host=db\nport=5432\n');
    for (const [n, key, value] of [
      [1, 'team', 'nlp'],
      [2, 'stage', 'prod'],
    ] as const) {
      await tabTo(page, drawer.getByRole('button', { name: 'Add label' }));
      await page.keyboard.press('Enter');
      await expect(drawer.getByLabel(`Label ${n} key`)).toBeFocused();
      await page.keyboard.type(key);
      await page.keyboard.press('Tab');
      await expect(drawer.getByLabel(`Label ${n} value`)).toBeFocused();
      await page.keyboard.type(value);
    }
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(drawer.getByText('Check what will be sent')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Enter');
    await console.expectNotification(`Created ${name}`);
    await expect(newSecret).toBeFocused();

    // Empty a label's value: shown as "will remove", saved as a removal.
    const edit = page.getByRole('button', { name: `Edit ${name}` });
    await edit.focus();
    await page.keyboard.press('Enter');
    await tabTo(page, drawer.getByLabel('Value of ext.ai.sap.com/team'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect(drawer.getByLabel('ext.ai.sap.com/team will be removed')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(drawer.getByLabel('Changes to save')).toContainText('− will remove ext.ai.sap.com/team (was nlp)');
    await page.keyboard.press('ControlOrMeta+Enter');
    await console.expectNotification(`Updated labels of ${name}`);
    await expect(edit).toBeFocused();

    // Rotate.
    await page.keyboard.press('Enter');
    await tabTo(page, drawer.getByRole('switch', { name: 'Replace the data (rotate)' }));
    await page.keyboard.press('Space');
    await tabTo(page, drawer.getByLabel('Key 1', { exact: true }));
    await page.keyboard.type('config');
    await tabTo(page, drawer.getByLabel('Value 1', { exact: true }));
    await page.keyboard.type('host=db2\nport=5433\n');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(drawer.getByLabel('Changes to save')).toContainText('The data map becomes exactly this key: config');
    await page.keyboard.press('ControlOrMeta+Enter');
    await console.expectNotification(`Rotated ${name}`);
    await expect(edit).toBeFocused();

    const view = await emulator.mounted('research', name);
    expect(view.body?.text).toEqual({ config: 'host=db2\nport=5433\n' });
    const details = (await (await tenant.secret(group, name)).json()) as { labels?: { key: string; value: string }[] };
    expect(details.labels).toEqual([{ key: 'ext.ai.sap.com/stage', value: 'prod' }]);
  });
});
