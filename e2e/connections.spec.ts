// Several tenants in one console: `npm start` with no key serves "dev" and a protected "prod", each its own
// emulator. Stories: the URL names the tenant, a protected write needs the typed name, Compare, read-only keys.
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { E2E_TENANT_DIR } from '../playwright.config';
import { scopeToHeaders, type Scope } from '../src/contract';
import { freePort, NO_SERVICE_KEY, spawnCli, type Spawned } from '../src/server/testing/spawn';
import { test, expect, unique } from './fixtures';

const main: Scope = { kind: 'main' };
const write = (scope?: Scope) => ({ 'x-console-request': '1', ...(scope ? scopeToHeaders(scope) : {}) });

/** Data set up and removed through the console's API of one connection (not through the page under test). */
function on(request: APIRequestContext, connection: string) {
  const base = `/api/c/${connection}/v2/admin/secrets`;
  return {
    create: async (scope: Scope, name: string, labels: { key: string; value: string }[] = []) => {
      const res = await request.post(base, { headers: write(scope), data: { name, data: { k: 'dmFsdWU=' }, labels } });
      expect(res.status(), await res.text()).toBe(200);
    },
    get: (scope: Scope, name: string) => request.get(`${base}/${name}`, { headers: write(scope) }),
    remove: (scope: Scope, name: string) => request.delete(`${base}/${name}`, { headers: write(scope) }).catch(() => undefined),
  };
}

test('each tenant keeps its own secrets; the switcher and the URL agree; prod asks for its name before a write', async ({
  page,
  console,
  request,
}) => {
  const prod = on(request, 'prod');
  const dev = on(request, 'dev');
  const name = unique('prod-only');
  try {
    await page.goto('/');
    await expect(page).toHaveURL(/\/c\/dev\/$/);
    const switcher = page.getByRole('combobox', { name: 'Connection' });
    await expect(switcher).toHaveValue('dev');
    await expect(page.getByText('Protected', { exact: true })).toBeHidden();

    await page.goto('/c/prod/secrets/main');
    await expect(switcher).toHaveValue('prod');
    await expect(page.getByTestId('protected-band')).toBeVisible();
    await expect(page.getByText('Protected', { exact: true })).toBeVisible();
    // The demo's prod differs from dev: a secret only it has.
    await expect(console.row('payments-gateway')).toBeVisible();

    await console.startCreate(name);
    await console.fillRow(0, 'TOKEN', 'prod-välue');
    await console.reviewAndCreate();
    const confirm = page.getByRole('dialog', { name: 'Change prod?' });
    await expect(confirm).toContainText(`create the secret ${name} in the main tenant`);
    // Cancelling sends nothing and keeps the form.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    expect((await prod.get(main, name)).status()).toBe(404);
    await page
      .getByRole('dialog', { name: /New secret/ })
      .getByRole('button', { name: 'Create secret' })
      .click();
    const typed = confirm.getByLabel('Type prod to confirm');
    const go = confirm.getByRole('button', { name: 'Confirm change' });
    await typed.fill('Prod');
    await expect(go).toBeDisabled();
    await typed.fill('prod');
    await go.click();
    await console.expectNotification(`Created ${name}`);
    await expect(console.row(name)).toBeVisible();
    expect((await prod.get(main, name)).status()).toBe(200);

    // Switch: the other tenant's page at the same place, with none of prod's secrets.
    await switcher.selectOption('dev');
    await expect(page).toHaveURL(/\/c\/dev\/secrets\/main$/);
    await expect(switcher).toHaveValue('dev');
    await expect(console.row('object-store-main')).toBeVisible();
    await expect(console.row(name)).toBeHidden();
    await expect(console.row('payments-gateway')).toBeHidden();
    expect((await dev.get(main, name)).status()).toBe(404);
    await expect(page.getByTestId('protected-band')).toBeHidden();

    // Back to prod through the switcher; deleting there asks for the name too.
    await switcher.selectOption('prod');
    await expect(page).toHaveURL(/\/c\/prod\/secrets\/main$/);
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    await page
      .getByRole('dialog', { name: `Delete ${name}?` })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(confirm).toContainText(`delete the secret ${name} in the main tenant`);
    await confirm.getByLabel('Type prod to confirm').fill('prod');
    await confirm.getByRole('button', { name: 'Confirm change' }).click();
    await console.expectNotification(`Deleted ${name}`);
    expect((await prod.get(main, name)).status()).toBe(404);

    // A link to a connection this console does not have says so, and offers the default one.
    await page.goto('/c/staging/secrets/main');
    const missing = page.getByRole('alert').filter({ hasText: 'No such connection' });
    await expect(missing).toContainText('No connection named "staging". This console has: dev, prod.');
    await missing.getByRole('link', { name: 'Open the default connection' }).click();
    await expect(page).toHaveURL(/\/c\/dev\/$/);
  } finally {
    await prod.remove(main, name);
  }
});

test('Compare lists what each side has alone and the label differences, and copies a secret across', async ({ page, request }) => {
  const dev = on(request, 'dev');
  const prod = on(request, 'prod');
  const devOnly = unique('cmp-dev');
  const prodOnly = unique('cmp-prod');
  const both = unique('cmp-both');
  const team = { kind: 'group', resourceGroup: 'team-nlp' } as const;
  const groupOnly = unique('cmp-group');
  try {
    await dev.create(main, devOnly, [{ key: 'ext.ai.sap.com/owner', value: 'ml' }]);
    await prod.create(main, prodOnly);
    await dev.create(main, both, [{ key: 'ext.ai.sap.com/tier', value: 'gold' }]);
    await prod.create(main, both, [
      { key: 'ext.ai.sap.com/tier', value: 'silver' },
      { key: 'ext.ai.sap.com/pager', value: 'on' },
    ]);
    await dev.create(team, groupOnly);

    await page.goto('/c/dev/compare');
    await expect(page.getByRole('heading', { name: 'Compare', level: 2 })).toBeVisible();
    const onlyDev = page.getByRole('region', { name: 'Only in dev · Main tenant' });
    const onlyProd = page.getByRole('region', { name: 'Only in prod · Main tenant' });
    const labels = page.getByRole('region', { name: 'Labels differ' });
    await expect(onlyDev.getByText(devOnly, { exact: true })).toBeVisible();
    await expect(onlyProd.getByText(prodOnly, { exact: true })).toBeVisible();
    await expect(onlyProd.getByText('payments-gateway', { exact: true })).toBeVisible();
    await expect(onlyDev.getByText(prodOnly, { exact: true })).toBeHidden();
    await expect(labels.getByRole('row').filter({ hasText: 'ext.ai.sap.com/tier' }).filter({ hasText: both })).toContainText('goldsilver');
    await expect(labels.getByRole('row').filter({ hasText: 'ext.ai.sap.com/pager' })).toContainText('no label');
    await expect(labels.getByRole('row').filter({ hasText: 'object-store-main' })).toContainText('production-data');
    await expect(page.getByText(/never returns a secret's values or its data key names/)).toBeVisible();

    // Copy to the protected side: labels come along, the value is asked for, and prod's name must be typed.
    await onlyDev.getByRole('button', { name: `Copy to prod · Main tenant: ${devOnly}` }).click();
    const copy = page.getByRole('dialog', { name: `Copy ${devOnly} to prod · Main tenant` });
    await copy.getByLabel('Key 1').fill('TOKEN');
    await copy.getByRole('button', { name: 'Copy to prod' }).click();
    await expect(copy.getByText('Enter the value of TOKEN')).toBeVisible();
    await copy.getByLabel('Value 1').fill('cöpied');
    await copy.getByRole('button', { name: 'Copy to prod' }).click();
    const confirm = page.getByRole('dialog', { name: 'Change prod?' });
    await confirm.getByLabel('Type prod to confirm').fill('prod');
    await confirm.getByRole('button', { name: 'Confirm change' }).click();
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: `Copied ${devOnly} to prod` })
        .first(),
    ).toBeVisible();
    await expect(onlyDev.getByText(devOnly, { exact: true })).toBeHidden();
    const copied = (await (await prod.get(main, devOnly)).json()) as { labels: { key: string; value: string }[] };
    expect(copied.labels).toEqual([{ key: 'ext.ai.sap.com/owner', value: 'ml' }]);

    // Two resource groups of one connection.
    await page.goto('/c/dev/compare?left=dev&leftScope=group:team-nlp&right=dev&rightScope=group:research');
    await expect(
      page.getByRole('region', { name: 'Only in dev · Resource group team-nlp' }).getByText(groupOnly, { exact: true }),
    ).toBeVisible();
  } finally {
    await Promise.all([
      dev.remove(main, devOnly),
      prod.remove(main, devOnly),
      prod.remove(main, prodOnly),
      dev.remove(main, both),
      prod.remove(main, both),
      dev.remove(team, groupOnly),
    ]);
  }
});

test('a service key that may not change secrets: writes are refused with the reason, reads keep working', async ({
  page,
  console,
  dataDir,
}) => {
  test.setTimeout(120_000);
  const read = (file: string) => fs.readFileSync(path.join(E2E_TENANT_DIR('dev', dataDir), file), 'utf8');
  const port = await freePort();
  let proc: Spawned | undefined;
  try {
    proc = await spawnCli(['start', '--port', String(port)], {
      env: {
        ...NO_SERVICE_KEY,
        DEV_KEY: read('service-key.json'),
        AUDIT_KEY: read('service-key.readonly.json'),
        CONSOLE_CONNECTIONS: JSON.stringify([
          { name: 'dev', serviceKeyEnv: 'DEV_KEY' },
          { name: 'audit', serviceKeyEnv: 'AUDIT_KEY' },
        ]),
      },
      ready: /mode: AI Core at/,
      timeoutMs: 100_000,
    });
    const url = `http://127.0.0.1:${port}`;
    // Hold the console's status answer (the real one, only later): the page does not know yet, as with a key
    // whose scopes tell nothing, so the form is open and its write reaches AI Core, which refuses it.
    let release: () => void = () => undefined;
    const released = new Promise<void>((r) => (release = r));
    await page.route('**/api/c/audit/console', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${url}/c/audit/secrets/main`);
    await expect(console.row('object-store-main')).toBeVisible();
    const never = unique('never');
    await console.startCreate(never);
    await console.fillRow(0, 'TOKEN', 'value');
    await console.reviewAndCreate();
    release();
    await console.expectNotification(
      /This connection's service key may not change secrets: AI Core refused the change \(HTTP 403: The service key may read but not change/,
    );
    // The form holds what was typed: Escape asks before it is discarded.
    await page.keyboard.press('Escape');
    await console.drawer.getByRole('alertdialog', { name: 'Discard the new secret?' }).getByRole('button', { name: 'Discard' }).click();
    await expect(console.drawer).toBeHidden();
    await expect(page.getByText("This connection's service key may not change secrets.")).toBeVisible();
    const create = page.getByRole('button', { name: 'New secret' }).first();
    await expect(create).toHaveAttribute('aria-disabled', 'true');
    await expect(create).toHaveAccessibleDescription("This connection's service key may not change secrets.");
    await expect(page.getByRole('button', { name: 'Edit object-store-main' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Delete object-store-main' })).toBeDisabled();
    await page.getByRole('link', { name: 'Resource groups' }).click();
    await expect(page.getByRole('button', { name: 'New resource group' })).toBeDisabled();

    // A write that gets through anyway (a script, an old tab) is refused by AI Core itself, in its envelope.
    const refused = await page.request.post(`${url}/api/c/audit/v2/admin/secrets`, {
      headers: write(main),
      data: { name: never, data: { k: 'dg==' } },
    });
    expect(refused.status()).toBe(403);
    expect(refused.headers()['x-console-refused-by']).toBe('upstream');
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/may read but not change/);

    // The same tenant through the full key writes as usual.
    await page.goto(`${url}/c/dev/secrets/main`);
    await expect(console.row('object-store-main')).toBeVisible();
    await expect(page.getByRole('button', { name: 'New secret' }).first()).not.toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByText("This connection's service key may not change secrets.")).toBeHidden();
  } finally {
    await proc?.kill();
  }
});
