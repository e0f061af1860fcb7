// Admin power (issue 12): effective secrets, fan-out, bulk delete, export, the palette, page size, and a
// secret's own page with its code panel. Each story makes its own groups and secrets and checks what
// changed through the API.
import fs from 'node:fs';
import { textToBase64 } from '../src/contract';
import { test, expect, unique, type TenantApi } from './fixtures';

async function readyGroup(tenant: TenantApi, prefix: string) {
  const id = await tenant.createGroup(unique(prefix));
  await expect.poll(() => tenant.groupStatus(id), { timeout: 20_000 }).toBe('PROVISIONED');
  return id;
}

test('the effective view shows a tenant-wide secret inside a group with its origin, and a shadowing one with its fix', async ({
  tenant,
  page,
}) => {
  const group = await readyGroup(tenant, 'eff');
  const scope = { kind: 'group', resourceGroup: group } as const;
  const twRes = await page.request.get('/api/v2/admin/secrets', { headers: { 'AI-Tenant-Scope': 'true', 'AI-Resource-Group': '*' } });
  const twName = ((await twRes.json()) as { resources: { name: string }[] }).resources[0]!.name;
  await tenant.createSecret(scope, 'eff-own');

  await page.goto(`/secrets/groups/${group}`);
  const table = page.getByRole('table', { name: 'Effective secrets' });
  const twRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: twName, exact: true }) });
  await expect(twRow.getByText('tenant-wide', { exact: true })).toBeVisible();
  await expect(twRow.getByText(/replicated here/)).toBeVisible({ timeout: 20_000 });
  const ownRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'eff-own', exact: true }) });
  await expect(ownRow.getByText('group', { exact: true })).toBeVisible();

  // A group secret of the tenant-wide name: one row, both origins, and the fix in one step.
  await tenant.createSecret(scope, twName);
  await page.reload();
  const both = table.getByRole('row').filter({ has: page.getByRole('link', { name: twName, exact: true }) });
  await expect(both).toHaveCount(1);
  await expect(both.getByText('group', { exact: true })).toBeVisible();
  await expect(both.getByText('tenant-wide', { exact: true })).toBeVisible();
  await expect(both.getByText('shadows tenant-wide')).toBeVisible();
  await both.getByRole('button', { name: `Fix: delete the group's ${twName}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect.poll(async () => (await tenant.secret(scope, twName)).status()).toBe(404);
  await expect(both.getByText('shadows tenant-wide')).toHaveCount(0);

  // The switch: the group's own secrets only.
  const own = page.getByRole('switch', { name: "This group's own secrets only" });
  await own.click();
  await expect(page).toHaveURL(/own=1/);
  await expect(own).toBeChecked();
  await expect(page.getByRole('table', { name: 'Secrets' }).getByRole('link', { name: 'eff-own', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: twName, exact: true })).toHaveCount(0);
});

test('fan-out creates a secret in three groups, shows the one refusal, and retries only that group', async ({ tenant, emulator, page }) => {
  test.setTimeout(90_000);
  const [a, b, c] = [await readyGroup(tenant, 'fan-a'), await readyGroup(tenant, 'fan-b'), await readyGroup(tenant, 'fan-c')];
  const name = unique('fanned');
  // c already has the name: the service refuses a second one there (409).
  await tenant.createSecret({ kind: 'group', resourceGroup: c! }, name, { token: textToBase64('older') });
  for (const g of [a, b]) tenant.willDelete(() => tenant.deleteSecret({ kind: 'group', resourceGroup: g! }, name));
  const value = 'fän-out välue\nline two';

  await page.goto('/secrets/fan-out');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('textbox', { name: 'Key 1' }).fill('token');
  await page.getByRole('textbox', { name: 'Value 1' }).fill(value);
  for (const g of [a, b, c]) await page.getByRole('checkbox', { name: new RegExp(`^${g}`) }).check();
  await page.getByRole('button', { name: 'Create in 3 groups' }).click();

  const outcome = page.getByRole('table', { name: 'Outcome by group' });
  await expect(outcome.getByTestId(`fan-out-${a}`)).toContainText('created');
  await expect(outcome.getByTestId(`fan-out-${b}`)).toContainText('created');
  await expect(outcome.getByTestId(`fan-out-${c}`)).toContainText(/refused.*HTTP 409/);
  await expect(page.getByText(`Created in 2 of 3 groups; 1 group refused`)).toBeVisible();
  await expect(page.getByText(`1 group refused: ${c}`)).toBeVisible();
  for (const g of [a, b]) expect((await emulator.mounted(g!, name)).body?.text).toEqual({ token: value });
  expect((await emulator.mounted(c!, name)).body?.text).toEqual({ token: 'older' });

  // The admin clears the way in c, then retries the failed group only.
  expect((await tenant.deleteSecret({ kind: 'group', resourceGroup: c! }, name)).status()).toBe(200);
  await page.getByRole('button', { name: 'Retry the failed groups' }).click();
  await expect(page.getByText('Created in all 3 groups')).toBeVisible();
  expect((await emulator.mounted(c!, name)).body?.text).toEqual({ token: value });

  // The secret's own page knows its key names from this write, and says so; the code panel names them.
  await page.getByRole('link', { name: a! }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.getByTestId('key-names-source')).toContainText('this browser created it');
  await expect(page.getByText('token', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Rotate its values' }).click();
  const code = page.getByTestId('code-snippet');
  await expect(code).toContainText(`'AI-Resource-Group': '${a}'`);
  await expect(code).toContainText("'token': toBase64('<new value of token>')");
  await expect(code).not.toContainText(value);
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('curl', { exact: true }).click();
  await expect(code).toContainText(`-H 'AI-Resource-Group: ${a}'`);
  await expect(page.getByRole('button', { name: 'Copy the curl snippet' })).toBeVisible();
});

test('bulk delete removes the selected secrets and only those', async ({ tenant, page }) => {
  const group = await readyGroup(tenant, 'bulk');
  const scope = { kind: 'group', resourceGroup: group } as const;
  for (const n of ['keep-1', 'gone-1', 'gone-2', 'keep-2']) await tenant.createSecret(scope, n);

  await page.goto(`/secrets/groups/${group}?own=1`);
  await page.getByRole('checkbox', { name: 'Select gone-1' }).check();
  await page.getByRole('checkbox', { name: 'Select gone-2' }).check();
  await page.getByRole('button', { name: 'Delete 2 selected secrets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete 2 secrets?' });
  await expect(dialog.getByRole('list', { name: 'To be deleted' }).getByRole('listitem')).toHaveText(['gone-1', 'gone-2']);
  await dialog.getByRole('button', { name: 'Delete 2 secrets' }).click();
  await expect(dialog).toHaveCount(0);
  for (const n of ['gone-1', 'gone-2']) expect((await tenant.secret(scope, n)).status()).toBe(404);
  for (const n of ['keep-1', 'keep-2']) expect((await tenant.secret(scope, n)).status()).toBe(200);
  await expect(page.getByRole('link', { name: 'keep-1' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'gone-1' })).toHaveCount(0);
});

test('a name is deleted from every group that has it, from one confirmation', async ({ tenant, page }) => {
  const [a, b, c] = [await readyGroup(tenant, 'every-a'), await readyGroup(tenant, 'every-b'), await readyGroup(tenant, 'every-c')];
  const name = unique('everywhere');
  for (const g of [a, b]) await tenant.createSecret({ kind: 'group', resourceGroup: g! }, name);
  await tenant.createSecret({ kind: 'group', resourceGroup: c! }, 'bystander');

  await page.goto(`/secrets/groups/${a}/${name}`);
  await page.getByRole('button', { name: 'Delete from every group' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('list', { name: 'To be deleted' }).getByRole('listitem')).toHaveText([a!, b!].sort());
  await dialog.getByRole('button', { name: 'Delete 2 secrets' }).click();
  await expect(page).toHaveURL(new RegExp(`/secrets/groups/${a}$`));
  for (const g of [a, b]) expect((await tenant.secret({ kind: 'group', resourceGroup: g! }, name)).status()).toBe(404);
  expect((await tenant.secret({ kind: 'group', resourceGroup: c! }, 'bystander')).status()).toBe(200);
});

test('the export file holds the names and labels and no byte of any value', async ({ tenant, page }) => {
  const group = await readyGroup(tenant, 'export');
  const scope = { kind: 'group', resourceGroup: group } as const;
  const value = 'export-never-ÿ-4f9c';
  const label = { key: 'ext.ai.sap.com/owner', value: 'data-team' };
  await tenant.createSecret(scope, 'exported-one', { k: textToBase64(value) }, [label]);

  const save = async (what: string, kind: 'JSON' | 'CSV') => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `${what} as ${kind}` }).click()]);
    return fs.readFileSync((await download.path())!);
  };
  const forbidden = [value, textToBase64(value), Buffer.from(value).toString('hex')];

  await page.goto(`/secrets/groups/${group}`);
  const json = await save('Export', 'JSON');
  const parsed = JSON.parse(json.toString('utf8')) as { secrets: { name: string; resourceGroup: string; labels: unknown[] }[] };
  expect(parsed.secrets).toEqual([expect.objectContaining({ name: 'exported-one', resourceGroup: group, labels: [label] })]);
  const csv = (await save('Export', 'CSV')).toString('utf8');
  expect(csv).toContain('"exported-one"');
  expect(csv).toContain('ext.ai.sap.com/owner=data-team');

  await page.goto('/');
  const whole = (await save('Export the tenant', 'JSON')).toString('utf8');
  expect(whole).toContain('"exported-one"');
  for (const text of [json.toString('utf8'), csv, whole]) for (const f of forbidden) expect(text).not.toContain(f);
});

test('the palette opens a secret in another group from its name', async ({ tenant, page }) => {
  const group = await readyGroup(tenant, 'palette');
  const name = unique('findme');
  await tenant.createSecret({ kind: 'group', resourceGroup: group }, name, undefined, [{ key: 'ext.ai.sap.com/team', value: 'search' }]);

  await page.goto('/secrets/main');
  await expect(page.getByRole('heading', { level: 2, name: 'Main tenant' })).toBeVisible();
  await page.keyboard.press('Control+K');
  const search = page.getByRole('textbox', { name: 'Find a secret or resource group' });
  await expect(search).toBeFocused();
  await search.fill(name);
  // A hit is named by what it shows: the secret's name, its labels, its scope.
  const hit = page.getByRole('button', { name: new RegExp(`^${name} .*Resource group ${group}$`) });
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`/secrets/groups/${group}/${name}$`));
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(search).toBeHidden();
  await expect(page.getByText('team=search')).toBeVisible();

  // "/" opens it where no filter field claims the key; by label this time.
  await page.keyboard.press('/');
  await search.fill('team=search');
  await expect(hit).toBeVisible();
});

test('the page size is kept in the URL', async ({ tenant, page }) => {
  const group = await readyGroup(tenant, 'size');
  const scope = { kind: 'group', resourceGroup: group } as const;
  for (let i = 0; i < 30; i += 10)
    await Promise.all(Array.from({ length: 10 }, (_, j) => tenant.createSecret(scope, `row-${String(i + j).padStart(2, '0')}`)));

  await page.goto(`/secrets/groups/${group}?own=1`);
  const rows = page.getByRole('table', { name: 'Secrets' }).getByRole('row');
  await expect(rows).toHaveCount(1 + 25);
  await page.getByRole('combobox', { name: 'Rows per page' }).click();
  await page.getByRole('option', { name: '50 per page' }).click();
  await expect(page).toHaveURL(/size=50/);
  await expect(rows).toHaveCount(1 + 30);
  await page.reload();
  await expect(rows).toHaveCount(1 + 30);
});
