// The newer pages on a phone, 390 by 844, by touch: a secret's own page in each scope, the fan-out, Compare,
// the command palette and the activity log. Each fits the width (the page never scrolls sideways; a wide
// table scrolls in its own region), and its main action is on screen and does its job, checked through the API.
import type { Locator, Page } from '@playwright/test';
import { test, expect, unique } from './fixtures';
import { PHONE, settled, sidewaysScroll } from './a11y';
import { expectCopiedToDev, group, main, openSecretPage, teamVision, tenantWide, withOnlyInProd } from './newer-pages';

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

async function expectFits(page: Page) {
  expect(await sidewaysScroll(page), 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/** On screen as a whole, once scrolled to (as a thumb would): a target that is cut off cannot be tapped. */
async function expectOnScreen(target: Locator) {
  await target.scrollIntoViewIfNeeded();
  await expect(target).toBeInViewport({ ratio: 1 });
}

/** A region that scrolls sideways by itself holds what does not fit; the page around it does not move. */
async function expectScrollsInside(page: Page, region: Locator) {
  await expect(region).toBeVisible();
  const { inner, outer } = await region.evaluate((el) => ({ inner: el.scrollWidth, outer: el.clientWidth }));
  expect(inner).toBeGreaterThan(outer);
  await expectFits(page);
}

test.describe('the newer pages at 390 px', () => {
  test("a main-tenant secret's page fits; Rotate or edit opens its form, and Delete deletes it", async ({ page, tenant }) => {
    const name = await tenant.createSecret(main, unique('narrow-main'), { k: 'dmFsdWU=' }, [{ key: 'ext.ai.sap.com/team', value: 'nlp' }]);
    await openSecretPage(page, main, name);
    await expectFits(page);

    const rotate = page.getByRole('link', { name: 'Rotate or edit' });
    await expectOnScreen(rotate);
    await rotate.tap();
    const drawer = page.getByRole('dialog', { name: new RegExp(`Edit ${name}`) });
    await expect(drawer.getByRole('switch', { name: 'Replace the data (rotate)' })).toBeVisible();
    await expectOnScreen(drawer.getByRole('button', { name: 'Review changes' }));
    await expectFits(page);
    await drawer.getByRole('button', { name: 'Cancel' }).tap();
    await expect(drawer).toBeHidden();

    await openSecretPage(page, main, name);
    const del = page.getByRole('button', { name: 'Delete', exact: true });
    await expectOnScreen(del);
    await del.tap();
    const confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
    await expectOnScreen(confirm.getByRole('button', { name: 'Delete' }));
    await expectFits(page);
    await confirm.getByRole('button', { name: 'Delete' }).tap();
    await expect(page).toHaveURL(/\/secrets\/main$/);
    expect((await tenant.secret(main, name)).status()).toBe(404);
  });

  test("a tenant-wide secret's page fits, its code scrolls in its own box, and it is rotated from a phone", async ({
    page,
    tenant,
    emulator,
  }) => {
    const name = await tenant.createSecret(tenantWide, unique('narrow-tw'));
    await openSecretPage(page, tenantWide, name);
    await expectFits(page);
    await expect(page.getByTestId('replication-summary')).toBeVisible();
    // A long line of code scrolls inside the snippet, never the page.
    await page.getByRole('region', { name: 'Code' }).getByText('curl', { exact: true }).tap();
    await expect(page.getByRole('radio', { name: 'curl' })).toBeChecked();
    await expectScrollsInside(page, page.getByTestId('code-snippet'));

    const rotate = page.getByRole('link', { name: 'Rotate or edit' });
    await expectOnScreen(rotate);
    await rotate.tap();
    const drawer = page.getByRole('dialog', { name: new RegExp(`Edit ${name}`) });
    await drawer.getByRole('switch', { name: 'Replace the data (rotate)' }).tap();
    await drawer.getByLabel('Key 1', { exact: true }).fill('token');
    await drawer.getByLabel('Value 1', { exact: true }).fill('rötated on a phone');
    await expectFits(page);
    await drawer.getByRole('button', { name: 'Review changes' }).tap();
    await expectOnScreen(drawer.getByRole('button', { name: 'Save changes' }));
    await drawer.getByRole('button', { name: 'Save changes' }).tap();
    await expect(drawer).toBeHidden();
    // The service replicates it: the copy a deployment in team-vision mounts carries the new value.
    await expect
      .poll(async () => (await emulator.mounted('team-vision', name)).body?.text.token ?? null, { timeout: 30_000 })
      .toBe('rötated on a phone');
  });

  test("a group secret's page fits, and from it the fan-out creates the secret in two more groups", async ({ page, tenant }) => {
    const name = await tenant.createSecret(teamVision, unique('narrow-fan'));
    for (const g of ['research', 'staging']) tenant.willDelete(() => tenant.deleteSecret(group(g), name));
    await openSecretPage(page, teamVision, name);
    await expectFits(page);

    const fanOut = page.getByRole('link', { name: 'Create in other groups' });
    await expectOnScreen(fanOut);
    await fanOut.tap();
    await settled(page, 'Create in several groups');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
    await expectFits(page);
    await page.getByLabel('Key 1', { exact: true }).fill('token');
    await page.getByLabel('Value 1', { exact: true }).fill('fanned out');
    for (const g of ['research', 'staging']) {
      const box = page.getByRole('checkbox', { name: g, exact: true });
      await expectOnScreen(box);
      await box.tap();
    }
    const create = page.getByRole('button', { name: 'Create in 2 groups' });
    await expectOnScreen(create);
    await create.tap();
    await expect(page.getByRole('status').filter({ hasText: 'Created in all 2 groups' })).toBeVisible();
    await expectFits(page);
    for (const g of ['research', 'staging']) expect((await tenant.secret(group(g), name)).status(), g).toBe(200);
  });

  test('Compare fits; its label table scrolls in its own region; a secret is copied across from a phone', async ({ page, request }) => {
    await withOnlyInProd(request, 'narrow-cmp', async (name) => {
      await page.goto('/c/dev/compare');
      await settled(page, 'Compare');
      const onlyProd = page.getByRole('region', { name: 'Only in prod · Main tenant' });
      await expect(onlyProd.getByText(name, { exact: true })).toBeVisible();
      await expectFits(page);
      await expectScrollsInside(page, page.getByRole('region', { name: 'Label differences, scrollable' }));

      const copyButton = onlyProd.getByRole('button', { name: `Copy to dev · Main tenant: ${name}` });
      await expectOnScreen(copyButton);
      await copyButton.tap();
      const copy = page.getByRole('dialog', { name: `Copy ${name} to dev · Main tenant` });
      await copy.getByLabel('Key 1').fill('TOKEN');
      await copy.getByLabel('Value 1').fill('cöpied on a phone');
      await expectFits(page);
      const confirm = copy.getByRole('button', { name: 'Copy to dev' });
      await expectOnScreen(confirm);
      await confirm.tap();
      await expectCopiedToDev(page, request, name);
    });
  });

  test('the search icon in the header opens the palette, which fits and opens the secret a thumb picks', async ({ page }) => {
    await page.goto('/secrets/main');
    await settled(page, 'Main tenant');
    const find = page.getByRole('banner').getByRole('button', { name: 'Find a secret or resource group' });
    await expectOnScreen(find);
    await find.tap();
    const search = page.getByRole('textbox', { name: 'Find a secret or resource group' });
    await expect(search).toBeFocused();
    await search.fill('camera');
    const hit = page.getByRole('button', { name: /^camera-feed\b.*\bResource group team-vision$/ });
    await expectOnScreen(hit);
    await expectFits(page);
    await hit.tap();
    await expect(page).toHaveURL(/\/secrets\/groups\/team-vision\/camera-feed$/);
    await settled(page, 'camera-feed');
  });

  test('the activity log fits: its filter finds a change, and the wide log scrolls in its own region', async ({ page, tenant }) => {
    const name = await tenant.createSecret(main, unique('narrow-act'));
    await page.goto('/activity');
    await settled(page, 'Activity');
    await expectFits(page);
    await expectOnScreen(page.getByRole('link', { name: 'Export CSV' }));
    const filter = page.getByRole('textbox', { name: 'Secret' });
    await expectOnScreen(filter);
    await filter.tap();
    await filter.fill(name);
    await expect(page.getByText('1 change matches the filters')).toBeVisible();
    const log = page.getByRole('region', { name: 'Activity log, scrollable' });
    await expect(log.getByRole('row').filter({ hasText: name })).toHaveCount(1);
    await expectScrollsInside(page, log);
  });
});
