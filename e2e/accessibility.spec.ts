// WCAG 2.2 AA as axe checks it (every A/AA tag, every impact): each page in both themes at desktop and phone
// width, and each drawer and dialog open in both themes. Screenshots of all of it go to .tmp/screens/.
import { test, expect } from './fixtures';
import { expectNoAxeViolations, PHONE, SCHEMES, screenshot, settled, useScheme, WIDE } from './a11y';

export const PAGES: { label: string; path: string; heading: string | RegExp }[] = [
  { label: 'overview', path: '/', heading: 'Overview' },
  { label: 'main tenant', path: '/secrets/main', heading: 'Main tenant' },
  { label: 'tenant-wide', path: '/secrets/tenant-wide', heading: 'Tenant-wide' },
  { label: 'resource group', path: '/secrets/groups/team-vision', heading: 'Resource group team-vision' },
  { label: 'main-tenant secret', path: '/secrets/main/object-store-main', heading: 'object-store-main' },
  { label: 'tenant-wide secret', path: '/secrets/tenant-wide/llm-gateway-key', heading: 'llm-gateway-key' },
  { label: 'tenant map', path: '/map', heading: 'Tenant map' },
  { label: 'resource groups', path: '/resource-groups', heading: 'Resource groups' },
  { label: 'activity', path: '/activity', heading: 'Activity' },
  // A seeded group secret of its own name: a shadowing one is taken back by the next re-sync (8 s here).
  { label: 'group secret', path: '/secrets/groups/team-vision/camera-feed', heading: 'camera-feed' },
  { label: 'fan-out', path: '/secrets/fan-out?name=camera-feed&from=team-vision', heading: 'Create in several groups' },
  { label: 'protected connection', path: '/c/prod/secrets/main', heading: 'Main tenant' },
  { label: 'compare', path: '/c/dev/compare', heading: 'Compare' },
];

test.describe('accessibility', () => {
  for (const { label, path, heading } of PAGES) {
    test(`the ${label} page has no axe violation in either theme, wide or narrow`, async ({ page, tenant }) => {
      // A shadowing group secret, so that the warning styles are checked too.
      await tenant.createSecret({ kind: 'group', resourceGroup: 'team-vision' }, 'metering-token');
      for (const scheme of SCHEMES) {
        for (const size of [WIDE, PHONE]) {
          await page.setViewportSize(size);
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(path);
          await useScheme(page, scheme);
          await settled(page, heading);
          await expectNoAxeViolations(page);
          await screenshot(page, label, scheme);
        }
      }
    });
  }

  for (const scheme of SCHEMES) {
    test(`the create drawer and the .env paste dialog pass axe in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/secrets/main');
      await useScheme(page, scheme);
      await settled(page, 'Main tenant');
      const opener = page.getByRole('button', { name: 'New secret' }).first();
      await opener.focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog', { name: 'New secret: Main tenant' });
      await expect(drawer.getByLabel('Name')).toBeFocused();
      await page.keyboard.type('axe-check');
      await expectNoAxeViolations(page);
      await screenshot(page, 'dialog-create-secret', scheme);

      await drawer.getByRole('button', { name: 'Paste .env…' }).click();
      const paste = page.getByRole('dialog', { name: 'Paste a .env block' });
      await expect(paste).toBeVisible();
      await page.keyboard.type('API_KEY=abc\nBROKEN LINE\n');
      await expectNoAxeViolations(page);
      await screenshot(page, 'dialog-env-paste', scheme);
      await page.keyboard.press('Escape');
      await expect(paste).toBeHidden();
      // Something was typed: Escape asks before discarding it.
      await page.keyboard.press('Escape');
      const ask = drawer.getByRole('alertdialog', { name: 'Discard the new secret?' });
      await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
      // The pointer still rests on "Paste .env…" from the click above; its hover colour is not what this checks.
      await page.mouse.move(0, 0);
      await expectNoAxeViolations(page);
      await screenshot(page, 'dialog-discard-new-secret', scheme);
      await ask.getByRole('button', { name: 'Discard' }).click();
      await expect(drawer).toBeHidden();
    });

    test(`the edit drawer and the delete dialog pass axe in the ${scheme} theme`, async ({ page, tenant }) => {
      const name = await tenant.createSecret({ kind: 'main' }, `axe-${scheme}-${Date.now().toString(36)}`, { k: 'dmFsdWU=' }, [
        { key: 'ext.ai.sap.com/team', value: 'nlp' },
      ]);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/secrets/main?q=${name}`);
      await useScheme(page, scheme);
      await settled(page, 'Main tenant');
      await page.getByRole('button', { name: `Edit ${name}` }).click();
      const edit = page.getByRole('dialog', { name: new RegExp(`Edit ${name}`) });
      await expect(edit).toBeVisible();
      await expect(edit.getByRole('textbox', { name: /key/i }).first()).toHaveValue(/team$/);
      await expectNoAxeViolations(page);
      await screenshot(page, 'dialog-edit-secret', scheme);
      await page.keyboard.press('Escape');
      await expect(edit).toBeHidden();

      await page.getByRole('button', { name: `Delete ${name}` }).click();
      const del = page.getByRole('dialog', { name: `Delete ${name}?` });
      await expect(del).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, 'dialog-delete-secret', scheme);
      await page.keyboard.press('Escape');
      await expect(del).toBeHidden();
    });

    test(`the command palette passes axe in the ${scheme} theme, wide and narrow`, async ({ page }) => {
      // The first hit is the chosen one, drawn on the primary colour: a group (with a description) wide, a
      // secret (with its labels and scope badge) narrow, so that both kinds are checked chosen.
      for (const [size, query, first] of [
        [WIDE, 'team-vision', /^team-vision\b/],
        [PHONE, 'purpose=training-data', /^object-store-main\b/],
      ] as const) {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto('/secrets/main');
        await useScheme(page, scheme);
        await settled(page, 'Main tenant');
        await page.keyboard.press('Control+K');
        const search = page.getByRole('textbox', { name: 'Find a secret or resource group' });
        await expect(search).toBeFocused();
        await page.keyboard.type(query);
        await expect(page.getByRole('button', { name: first }).first()).toHaveAttribute('data-selected', 'true');
        await expectNoAxeViolations(page);
        await screenshot(page, 'dialog-command-palette', scheme);
        await page.keyboard.press('Escape');
        await expect(search).toBeHidden();
      }
    });

    test(`the copy and delete-from-every-group dialogs pass axe in the ${scheme} theme`, async ({ page }) => {
      await page.setViewportSize(WIDE);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/c/dev/compare');
      await useScheme(page, scheme);
      await settled(page, 'Compare');
      await page
        .getByRole('region', { name: 'Only in prod · Main tenant' })
        .getByRole('button', { name: 'Copy to dev · Main tenant: payments-gateway' })
        .click();
      const copy = page.getByRole('dialog', { name: 'Copy payments-gateway to dev · Main tenant' });
      await expect(copy.getByLabel('Key 1')).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, 'dialog-copy-secret', scheme);
      await page.keyboard.press('Escape');
      await expect(copy).toBeHidden();

      await page.goto('/secrets/groups/team-vision/camera-feed');
      await settled(page, 'camera-feed');
      await page.getByRole('button', { name: 'Delete from every group' }).click();
      const everywhere = page.getByRole('dialog', { name: 'Delete camera-feed from every group?' });
      await expect(everywhere.getByRole('listitem').first()).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, 'dialog-delete-everywhere', scheme);
      await page.keyboard.press('Escape');
      await expect(everywhere).toBeHidden();
    });

    test(`the new-group and delete-group dialogs pass axe in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/resource-groups');
      await useScheme(page, scheme);
      await settled(page, 'Resource groups');
      await page.getByRole('button', { name: 'New resource group' }).click();
      const create = page.getByRole('dialog', { name: 'New resource group' });
      await expect(create).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, 'dialog-create-group', scheme);
      await page.keyboard.press('Escape');
      await expect(create).toBeHidden();

      await page.getByRole('button', { name: 'Edit labels of team-vision' }).click();
      const labels = page.getByRole('dialog', { name: 'Labels of team-vision' });
      await expect(labels).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, 'dialog-group-labels', scheme);
      await page.keyboard.press('Escape');
      await expect(labels).toBeHidden();

      await page.getByRole('button', { name: 'Delete group team-vision' }).click();
      const del = page.getByRole('dialog', { name: 'Delete resource group team-vision?' });
      await expect(del).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, 'dialog-delete-group', scheme);
      await page.keyboard.press('Escape');
      await expect(del).toBeHidden();
    });
  }
});
