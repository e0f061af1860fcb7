// One story per accessibility and polish bug of issue #11, each observable in the browser.
import { expect } from '@playwright/test';
import { test } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { SCHEMES, settled, useScheme } from './a11y';

test('the overview stat cards show a focus ring when reached by keyboard', async ({ page }) => {
  await page.goto('/');
  await settled(page, 'Overview');
  const card = page.getByRole('link', { name: /Main tenant secrets/ });
  for (let i = 0; i < 30 && !(await card.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(card).toBeFocused();
  const outline = await card.evaluate((el) => getComputedStyle(el));
  expect(outline.outlineStyle).not.toBe('none');
  expect(parseFloat(outline.outlineWidth)).toBeGreaterThanOrEqual(2);
});

test('the tenant map lines up every cell of a row, whatever its state', async ({ page, tenant }) => {
  await tenant.createSecret({ kind: 'group', resourceGroup: 'team-vision' }, 'map-own-only');
  await page.goto('/map?q=map-own-only');
  await settled(page, 'Tenant map');
  const marks = page.getByTestId('map-row-map-own-only').getByRole('img');
  await expect(marks.filter({ has: page.locator('[aria-label$="group\'s own secret"]') }).or(marks.first())).not.toHaveCount(0);
  const tops = await page
    .getByTestId('map-row-map-own-only')
    .locator('[role="cell"] > *')
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(1);
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
  // A pointer on a cell shows its name as a tooltip, the same words a screen reader hears.
  const cell = page.getByTestId('map-row-map-own-only').getByRole('cell').first();
  await cell.hover();
  await expect(cell).toHaveAttribute('title', /^map-own-only in \S+: (absent|group's own secret)$/);
});

test('the group picker shows a long name with its whole status badge, and Enter picks the first match', async ({ page, tenant }) => {
  const id = await tenant.createGroup(`a-very-long-resource-group-name-${Date.now().toString(36)}`);
  await page.goto('/');
  await settled(page, 'Overview');
  await page.getByRole('button', { name: /^Resource group/ }).focus();
  const picker = page.getByRole('combobox', { name: 'Resource group' });
  await expect(picker).toBeFocused();
  await page.keyboard.type(id.slice(0, 20));
  const option = page.getByRole('option', { name: new RegExp(id) });
  await expect(option).toBeVisible();
  const badge = option.locator('.mantine-Badge-root');
  await expect(badge).toBeVisible();
  const [o, b] = [(await option.boundingBox())!, (await badge.boundingBox())!];
  expect(b.x + b.width).toBeLessThanOrEqual(o.x + o.width + 0.5);
  expect(b.height).toBeLessThan(24); // one line
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/secrets/groups/${id}$`));
  // Its accessible name says what it shows (WCAG 2.5.3).
  await page.getByRole('heading', { level: 2 }).focus();
  await expect(
    page.getByRole('combobox', { name: 'Resource group' }).or(page.getByRole('button', { name: `Resource group: ${id}` })),
  ).toBeVisible();
});

test('notifications never cover the header actions', async ({ page, tenant }) => {
  const name = await tenant.createSecret({ kind: 'main' }, `toast-${Date.now().toString(36)}`);
  await page.goto(`/secrets/main?q=${name}`);
  await settled(page, 'Main tenant');
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await page
    .getByRole('dialog', { name: `Delete ${name}?` })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: `Deleted ${name}` })).toBeVisible();
  for (const control of await page.getByRole('banner').getByRole('button').all()) {
    if (!(await control.isVisible())) continue;
    const hit = await control.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    expect(hit, (await control.getAttribute('aria-label')) ?? 'a header button').toBe(true);
  }
});

test('with reduced motion asked for, drawers and bars do not animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/secrets/main');
  await settled(page, 'Main tenant');
  await page.getByRole('button', { name: 'New secret' }).first().click();
  const content = page.locator('.mantine-Drawer-content');
  await expect(content).toBeVisible();
  const durations = await content.evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.transitionDuration, s.animationDuration].flatMap((d) => d.split(',').map((x) => parseFloat(x)));
  });
  expect(Math.max(...durations)).toBeLessThanOrEqual(0.001);
});

test('a group page explains its scope in words, without a header template', async ({ page }) => {
  await page.goto('/secrets/groups/team-vision');
  await settled(page, 'Resource group team-vision');
  await expect(page.getByRole('main')).not.toContainText('AI-Resource-Group');
  await expect(page.getByRole('main')).not.toContainText('<id>');
  await expect(page.getByText(/deployments in resource group team-vision/)).toBeVisible();
});

test('replication reaching every group is announced to screen readers', async ({ page, tenant }) => {
  const name = `announce-${Date.now().toString(36)}`;
  await page.goto('/secrets/tenant-wide');
  await settled(page, 'Tenant-wide');
  await tenant.createSecret({ kind: 'tenant-wide' }, name);
  await page.goto(`/secrets/tenant-wide/${name}`);
  await settled(page, name);
  await expect(page.getByRole('status').filter({ hasText: `${name} is in sync in every resource group` })).toBeAttached({
    timeout: 60_000,
  });
});

test('a subtle button keeps its text at 4.5:1 while the pointer is on it, in both themes', async ({ page }) => {
  await page.goto('/secrets/main');
  await settled(page, 'Main tenant');
  await page.getByRole('button', { name: 'New secret' }).first().click();
  const paste = page.getByRole('button', { name: 'Paste .env…' });
  for (const scheme of SCHEMES) {
    await useScheme(page, scheme);
    await paste.hover();
    // The hover colour has settled once the background stops changing.
    await expect.poll(() => paste.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const { violations } = await new AxeBuilder({ page }).include('.mantine-Drawer-content').withRules(['color-contrast']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${scheme}: ${n.html.slice(0, 80)} ${n.failureSummary}`))).toEqual([]);
  }
});
