// A phone, 390 by 844: every page fits the width (no sideways scrolling), the header stays on one line,
// and the page's main action is on screen and does its job.
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { PHONE, settled, sidewaysScroll } from './a11y';

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

async function expectFits(page: Page) {
  expect(await sidewaysScroll(page), 'the page scrolls sideways').toBeLessThanOrEqual(0);
  // The header is one line: as tall as the bar, with its controls inside the viewport.
  const header = page.getByRole('banner');
  const box = (await header.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(60);
  for (const control of await header.getByRole('button').all()) {
    const b = await control.boundingBox();
    if (!b) continue; // hidden on phones
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
    expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height);
  }
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(title.height).toBeLessThan(40); // one line
}

const stories: { page: string; path: string; heading: string | RegExp; act: (page: Page) => Promise<void> }[] = [
  {
    page: 'overview',
    path: '/',
    heading: 'Overview',
    act: async (page) => {
      await page.getByRole('link', { name: /Tenant-wide secrets/ }).tap();
      await expect(page.getByRole('heading', { level: 2, name: 'Tenant-wide' })).toBeVisible();
    },
  },
  ...(
    [
      ['main tenant', '/secrets/main', 'Main tenant', 'New secret: Main tenant'],
      ['tenant-wide', '/secrets/tenant-wide', 'Tenant-wide', 'New secret: Tenant-wide'],
      ['resource group', '/secrets/groups/team-vision', 'Resource group team-vision', 'New secret: Resource group team-vision'],
    ] as const
  ).map(([label, path, heading, dialog]) => ({
    page: label,
    path,
    heading,
    act: async (page: Page) => {
      // The table keeps its priority columns: each row's actions are on screen without scrolling sideways.
      const firstRow = page.getByRole('row').nth(1);
      await expect(firstRow.getByRole('button', { name: /^Delete / })).toBeInViewport({ ratio: 1 });
      const button = page.getByRole('button', { name: 'New secret' }).first();
      await expect(button).toBeInViewport();
      await button.tap();
      const drawer = page.getByRole('dialog', { name: dialog });
      await expect(drawer.getByLabel('Name')).toBeVisible();
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      // The drawer's own actions are reachable too.
      await expect(drawer.getByRole('button', { name: 'Review' })).toBeVisible();
      await drawer.getByRole('button', { name: 'Close' }).tap();
      await expect(drawer).toBeHidden();
    },
  })),
  {
    page: 'tenant-wide secret',
    path: '/secrets/tenant-wide/llm-gateway-key',
    heading: 'llm-gateway-key',
    act: async (page) => {
      const rotate = page.getByRole('link', { name: 'Rotate or edit' });
      await expect(rotate).toBeInViewport();
      await rotate.tap();
      await expect(page.getByRole('dialog', { name: /Edit llm-gateway-key/ })).toBeVisible();
    },
  },
  {
    page: 'tenant map',
    path: '/map',
    heading: 'Tenant map',
    act: async (page) => {
      const filter = page.getByRole('textbox', { name: 'Filter by name' });
      await expect(filter).toBeInViewport();
      await filter.fill('llm-gateway');
      await expect(page.getByTestId('map-row-llm-gateway-key')).toBeVisible();
      await expect(page.getByTestId(/^map-row-/)).toHaveCount(1);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    },
  },
  {
    page: 'resource groups',
    path: '/resource-groups',
    heading: 'Resource groups',
    act: async (page) => {
      await expect(page.getByRole('button', { name: 'Delete group team-vision' })).toBeInViewport({ ratio: 1 });
      const button = page.getByRole('button', { name: 'New resource group' });
      await expect(button).toBeInViewport();
      await button.tap();
      await expect(page.getByRole('dialog', { name: 'New resource group' })).toBeVisible();
    },
  },
  {
    page: 'activity',
    path: '/activity',
    heading: 'Activity',
    act: async (page) => {
      const filter = page.getByRole('textbox').first();
      await expect(filter).toBeInViewport();
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    },
  },
];

test.describe('at 390 px', () => {
  for (const story of stories) {
    test(`the ${story.page} page fits, and its main action is on screen and works`, async ({ page }) => {
      await page.goto(story.path);
      await settled(page, story.heading);
      await expectFits(page);
      await story.act(page);
    });
  }

  test('the navigation opens from the burger and takes the user to a page', async ({ page }) => {
    await page.goto('/');
    await settled(page, 'Overview');
    await page.getByRole('button', { name: 'Toggle navigation' }).tap();
    const nav = page.getByRole('navigation', { name: 'Scopes' });
    await nav.getByRole('link', { name: 'Resource groups' }).tap();
    await settled(page, 'Resource groups');
    await expect(nav.getByRole('link', { name: 'Resource groups' })).not.toBeInViewport();
    await expectFits(page);
  });
});
