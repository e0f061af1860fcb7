// The newer pages by keyboard alone (no mouse event at all): a secret's own page in each scope, the fan-out,
// Compare, the command palette and the activity log. Each main action is reached with Tab or the console's
// shortcuts and done with Enter or Space, and every dialog hands focus back to the control that opened it.
import type { Page } from '@playwright/test';
import { test, expect, unique } from './fixtures';
import { forbidMouse, settled, tabTo } from './a11y';
import { expectCopiedToDev, group, main, openSecretPage, teamVision, tenantWide, withOnlyInProd } from './newer-pages';

/** Focus is on something in the page's main area: never lost to the document after a dialog. */
async function expectFocusInMain(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.activeElement !== document.body && !!document.activeElement?.closest('main')))
    .toBe(true);
}

test.describe('the newer pages by keyboard', () => {
  test("a main-tenant secret's page: Rotate or edit and Delete, each dialog handing focus back", async ({ page, tenant }) => {
    const noMouse = await forbidMouse(page);
    const name = await tenant.createSecret(main, unique('kbd-main'));
    await openSecretPage(page, main, name);

    // Rotate or edit opens the form on the list; closed, it leaves focus on that secret's Edit button there.
    await tabTo(page, page.getByRole('link', { name: 'Rotate or edit' }));
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: new RegExp(`Edit ${name}`) });
    await expect(drawer).toBeVisible();
    await expect.poll(() => drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('button', { name: `Edit ${name}` })).toBeFocused();

    await openSecretPage(page, main, name);
    const del = page.getByRole('button', { name: 'Delete', exact: true });
    await tabTo(page, del);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(del).toBeFocused();
    await page.keyboard.press('Enter');
    await tabTo(page, confirm.getByRole('button', { name: 'Delete' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/secrets\/main$/);
    expect((await tenant.secret(main, name)).status()).toBe(404);
    await expectFocusInMain(page);
    await noMouse();
  });

  test("a tenant-wide secret's page: its code panel and copy button are reached and used by keyboard", async ({ page, tenant }) => {
    const noMouse = await forbidMouse(page);
    const name = await tenant.createSecret(tenantWide, unique('kbd-tw'));
    await openSecretPage(page, tenantWide, name);
    await expect(page.getByTestId('replication-summary')).toBeVisible();

    // The language switch is a radio group: arrow keys move within it; the snippet is a focusable region.
    await tabTo(page, page.getByRole('radio', { name: 'JavaScript SDK' }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'curl' })).toBeChecked();
    // The operation tabs: Tab reaches the chosen one, the arrow keys choose another.
    await tabTo(page, page.getByRole('tab', { selected: true }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: /Rotate/ })).toBeFocused();
    await expect(page.getByRole('tab', { name: /Rotate/ })).toHaveAttribute('aria-selected', 'true');
    await tabTo(page, page.getByTestId('code-snippet'));
    await expect(page.getByTestId('code-snippet')).toContainText('curl');
    await expect(page.getByTestId('code-snippet')).toContainText(name);
    await tabTo(page, page.getByRole('button', { name: 'Copy the curl snippet' }));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(name);

    // Rotate or edit from here: the form opens, and Escape closes it onto that secret's Edit button.
    await tabTo(page, page.getByRole('link', { name: 'Rotate or edit' }), { back: true });
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: new RegExp(`Edit ${name}`) });
    await expect(drawer).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('button', { name: `Edit ${name}` })).toBeFocused();
    await noMouse();
  });

  test("a group secret's page: Delete from every group hands focus back, and the fan-out runs by keyboard", async ({ page, tenant }) => {
    const noMouse = await forbidMouse(page);
    const name = await tenant.createSecret(teamVision, unique('kbd-fan'));
    for (const g of ['research', 'staging']) tenant.willDelete(() => tenant.deleteSecret(group(g), name));
    await openSecretPage(page, teamVision, name);

    const everywhere = page.getByRole('button', { name: 'Delete from every group' });
    await tabTo(page, everywhere);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Delete ${name} from every group?` });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(everywhere).toBeFocused();

    await tabTo(page, page.getByRole('link', { name: 'Create in other groups' }), { back: true });
    await page.keyboard.press('Enter');
    await settled(page, 'Create in several groups');
    await tabTo(page, page.getByLabel('Key 1', { exact: true }));
    await page.keyboard.type('token');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Value 1', { exact: true })).toBeFocused();
    await page.keyboard.type('fanned out by keyboard');
    for (const g of ['research', 'staging']) {
      await tabTo(page, page.getByRole('checkbox', { name: g, exact: true }));
      await page.keyboard.press('Space');
      await expect(page.getByRole('checkbox', { name: g, exact: true })).toBeChecked();
    }
    await tabTo(page, page.getByRole('button', { name: 'Create in 2 groups' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Created in all 2 groups' })).toBeVisible();
    for (const g of ['research', 'staging']) expect((await tenant.secret(group(g), name)).status(), g).toBe(200);
    // The links to the new copies are next in the tab order.
    await tabTo(page, page.getByRole('link', { name: 'research', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/secrets/groups/research/${name}$`));
    await settled(page, name);
    await noMouse();
  });

  test('Compare by keyboard: pick a side, copy a secret across; the dialog hands focus back', async ({ page, request }) => {
    const noMouse = await forbidMouse(page);
    await withOnlyInProd(request, 'kbd-cmp', async (name) => {
      await page.goto('/c/dev/compare?left=dev&leftScope=tenant-wide&right=prod&rightScope=main');
      await settled(page, 'Compare');

      // The left side's scope is a native select: the arrow keys choose, without opening anything.
      const leftScope = page.getByRole('group', { name: 'Left' }).getByRole('combobox', { name: 'Scope' });
      await tabTo(page, leftScope);
      await page.keyboard.press('ArrowUp');
      await expect(leftScope).toHaveValue('main');
      await expect(page).toHaveURL(/leftScope=main/);

      const onlyProd = page.getByRole('region', { name: 'Only in prod · Main tenant' });
      const copyButton = onlyProd.getByRole('button', { name: `Copy to dev · Main tenant: ${name}` });
      await tabTo(page, copyButton);
      await page.keyboard.press('Enter');
      const copy = page.getByRole('dialog', { name: `Copy ${name} to dev · Main tenant` });
      await expect(copy).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(copy).toBeHidden();
      await expect(copyButton).toBeFocused();

      await page.keyboard.press('Enter');
      await tabTo(page, copy.getByLabel('Key 1'));
      await page.keyboard.type('TOKEN');
      await tabTo(page, copy.getByLabel('Value 1'));
      await page.keyboard.type('cöpied by keyboard');
      await tabTo(page, copy.getByRole('button', { name: 'Copy to dev' }));
      await page.keyboard.press('Enter');
      await expect(copy).toBeHidden();
      await expectCopiedToDev(page, request, name);
      // Its row is gone (the name is on both sides now): focus stays in the page.
      await expectFocusInMain(page);
      await noMouse();
    });
  });

  test('the command palette: Ctrl+K and "/" open it, Escape hands focus back, Enter opens the hit', async ({ page }) => {
    const noMouse = await forbidMouse(page);
    await page.goto('/secrets/groups/team-vision/camera-feed');
    await settled(page, 'camera-feed');
    const search = page.getByRole('textbox', { name: 'Find a secret or resource group' });

    // From the header button: Escape returns focus to it.
    const find = page.getByRole('banner').getByRole('button', { name: /^Find/ });
    await tabTo(page, find);
    await page.keyboard.press('Enter');
    await expect(search).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(search).toBeHidden();
    await expect(find).toBeFocused();

    // "/" where no filter claims it (a secret's page has none); Escape returns focus to where it was.
    const rotate = page.getByRole('link', { name: 'Rotate or edit' });
    await tabTo(page, rotate);
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(search).toBeHidden();
    await expect(rotate).toBeFocused();

    // Ctrl+K, a label search, arrow keys, Enter: the hit's page opens with focus on its heading.
    await page.keyboard.press('Control+K');
    await expect(search).toBeFocused();
    await page.keyboard.type('llm-gateway');
    await expect(page.getByRole('button', { name: /^llm-gateway-key\b.*\bTenant-wide$/ })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/secrets\/tenant-wide\/llm-gateway-key$/);
    await expect(page.getByRole('heading', { level: 2, name: 'llm-gateway-key' })).toBeFocused();
    await noMouse();
  });

  test('tabbing past the group picker while its code loads keeps focus where the user went', async ({ page }) => {
    const noMouse = await forbidMouse(page);
    // A slow network: the picker's list arrives well after the user has moved on.
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/group-select-[^/]+\.js$/, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto('/activity');
    await settled(page, 'Activity');
    await tabTo(page, page.getByRole('button', { name: /^Resource group:/ }));
    await page.keyboard.press('Tab');
    const next = page.getByRole('navigation', { name: 'Scopes' }).getByRole('link', { name: 'Tenant map' });
    await expect(next).toBeFocused();
    release();
    await expect(page.getByRole('combobox', { name: 'Resource group' })).toBeAttached();
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(next).toBeFocused();
    await noMouse();
  });

  test('the activity log: "/" jumps to its filter, the filter finds a change, and the log and export are reached', async ({
    page,
    tenant,
  }) => {
    const noMouse = await forbidMouse(page);
    const name = await tenant.createSecret(main, unique('kbd-act'));
    await page.goto('/activity');
    await settled(page, 'Activity');
    await page.keyboard.press('/');
    const filter = page.getByRole('textbox', { name: 'Secret' });
    await expect(filter).toBeFocused();
    await page.keyboard.type(name);
    await expect(page.getByText('1 change matches the filters')).toBeVisible();
    // The action filter is a select: the arrow keys move through its options, Enter picks one.
    const action = page.getByRole('combobox', { name: 'Action' });
    await tabTo(page, action);
    const deleted = page.getByRole('option', { name: 'Deleted secret' });
    const chosen = () => deleted.evaluateAll((els) => els.some((el) => el.hasAttribute('data-combobox-selected')));
    for (let i = 0; i < 12 && !(await chosen()); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(action).toHaveValue('Deleted secret');
    await expect(page.getByText('No activity matches these filters')).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: 'Clear filters' }));
    await page.keyboard.press('Enter');
    await expect(filter).toHaveValue('');
    // The wide log is a focusable region (it scrolls sideways on a phone), and Export CSV is a link.
    await tabTo(page, page.getByRole('region', { name: 'Activity log, scrollable' }));
    await tabTo(page, page.getByRole('link', { name: 'Export CSV' }), { back: true });
    await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', /^\/api\/audit\/export\?/);
    await noMouse();
  });
});
