import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const pages: [string, string, string][] = [
  ['overview', '/', 'Overview'],
  ['main tenant', '/secrets/main', 'Main tenant'],
  ['tenant-wide', '/secrets/tenant-wide', 'Tenant-wide'],
  ['resource group', '/secrets/groups/team-vision', 'Resource group team-vision'],
  ['tenant-wide secret', '/secrets/tenant-wide/llm-gateway-key', 'llm-gateway-key'],
  ['tenant map', '/map', 'Tenant map'],
  ['resource groups', '/resource-groups', 'Resource groups'],
];

async function seriousViolations(page: import('@playwright/test').Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.failureSummary?.slice(0, 160)}`)
          .slice(0, 3)
          .join(', ')})`,
    );
}

test.describe('accessibility', () => {
  for (const [label, path, heading] of pages) {
    test(`the ${label} page has no serious or critical axe violations`, async ({ page, tenant }) => {
      // A shadowing group secret, so that the warning styles are checked too.
      await tenant.createSecret({ kind: 'group', resourceGroup: 'team-vision' }, 'metering-token');
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      await expect(page.getByLabel('Loading')).toHaveCount(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`the create drawer is accessible in the ${scheme} theme and usable by keyboard`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/secrets/main');
      await page.getByRole('button', { name: 'New secret' }).first().focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog', { name: 'New secret: Main tenant' });
      await expect(drawer.getByLabel('Name')).toBeFocused();
      await page.keyboard.type('keyboard-only');
      await page.keyboard.press('Tab');
      await expect(drawer.getByRole('button', { name: 'Paste .env…' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(drawer.getByLabel('Key 1', { exact: true })).toBeFocused();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
    });
  }
});
