import { test, expect, unique } from './fixtures';

const group = { kind: 'group', resourceGroup: 'team-vision' } as const;

test.describe('creating a secret, with Base64 handled for the user', () => {
  test('a group secret typed as non-ASCII text is stored as exactly those UTF-8 bytes', async ({ console, tenant, emulator }) => {
    const name = unique('utf8');
    tenant.willDelete(() => tenant.deleteSecret(group, name));
    const value = 'pässwörd ключ 密码 🔐';
    await console.openScope(group);
    await console.startCreate(name);
    await console.fillRow(0, 'PASSWORD', value);
    await console.reviewAndCreate();
    await console.expectNotification(`Created ${name}`);
    await expect(console.row(name)).toBeVisible();
    const view = await emulator.mounted('team-vision', name);
    expect(view.body?.text.PASSWORD).toBe(value);
    expect(Buffer.from(view.body!.data.PASSWORD!, 'base64').toString('utf8')).toBe(value);
  });

  test('a value given as Base64 is stored as the bytes it encodes', async ({ console, tenant, emulator }) => {
    const name = unique('b64');
    tenant.willDelete(() => tenant.deleteSecret(group, name));
    const bytes = Buffer.from([0, 1, 2, 250, 255, 10, 13]);
    await console.openScope(group);
    await console.startCreate(name);
    await console.fillRow(0, 'blob', bytes.toString('base64'), 'Base64');
    await console.reviewAndCreate();
    await console.expectNotification(`Created ${name}`);
    const view = await emulator.mounted('team-vision', name);
    expect(Buffer.from(view.body!.data.blob!, 'base64')).toEqual(bytes);
  });

  test('a dropped binary file is stored byte for byte', async ({ console, tenant, emulator, page }) => {
    const name = unique('file');
    tenant.willDelete(() => tenant.deleteSecret(group, name));
    const bytes = Array.from({ length: 256 }, (_, i) => i); // every byte value, invalid UTF-8 included
    await console.openScope(group);
    await console.startCreate(name);
    const row = console.drawer.getByTestId('data-row-0');
    const dataTransfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(content)], 'keystore.p12', { type: 'application/octet-stream' }));
      return dt;
    }, bytes);
    await row.dispatchEvent('drop', { dataTransfer });
    await expect(row.getByText('keystore.p12 (256 bytes)')).toBeVisible();
    await expect(console.drawer.getByLabel('Key 1', { exact: true })).toHaveValue('keystore.p12');
    await console.reviewAndCreate();
    await console.expectNotification(`Created ${name}`);
    const view = await emulator.mounted('team-vision', name);
    expect([...Buffer.from(view.body!.data['keystore.p12']!, 'base64')]).toEqual(bytes);
  });

  test('an invalid Base64 value is refused at the field, and nothing is created', async ({ console, tenant, page }) => {
    const name = unique('bad');
    await console.openScope(group);
    await console.startCreate(name);
    await console.fillRow(0, 'token', 'not base64!', 'Base64');
    await console.drawer.getByRole('button', { name: 'Review' }).click();
    await expect(console.drawer.getByText(/is not valid Base64/)).toBeVisible();
    await expect(console.drawer.getByLabel('Value 1 (Base64)')).toHaveAttribute('aria-invalid', 'true');
    await console.drawer.getByRole('button', { name: 'Cancel' }).click();
    expect((await tenant.secret(group, name)).status()).toBe(404);
    await expect(page.getByText(name)).toHaveCount(0);
  });

  test('a pasted .env block becomes rows after a preview', async ({ console, tenant, emulator }) => {
    const name = unique('env');
    tenant.willDelete(() => tenant.deleteSecret(group, name));
    await console.openScope(group);
    await console.startCreate(name);
    await console.drawer.getByRole('button', { name: 'Paste .env…' }).click();
    const modal = console.page.getByRole('dialog', { name: 'Paste a .env block' });
    await modal.getByLabel('.env content').fill('# db\nDB_USER=admin\nexport DB_PASS="s3 cr3t"\n');
    await expect(modal.getByRole('table', { name: 'Rows to add' }).getByRole('row')).toHaveCount(3);
    await modal.getByRole('button', { name: 'Add 2 rows' }).click();
    await expect(console.drawer.getByLabel('Key 2', { exact: true })).toHaveValue('DB_PASS');
    await console.reviewAndCreate();
    await console.expectNotification(`Created ${name}`);
    expect((await emulator.mounted('team-vision', name)).body?.text).toEqual({ DB_USER: 'admin', DB_PASS: 's3 cr3t' });
  });
});
