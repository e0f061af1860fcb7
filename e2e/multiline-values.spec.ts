// Multi-line values (PEM keys, JSON documents, certificates) are stored exactly as typed, pasted or dropped
// in, read back through what a deployment would see mounted. Where the browser cannot keep a byte (a text
// box turns CR LF into LF) the console says so and offers the Base64 or file input, which keep every byte.
import type { Locator, Page } from '@playwright/test';
import { test, expect, unique } from './fixtures';

const group = { kind: 'group', resourceGroup: 'team-vision' } as const;

const PEM = '-----BEGIN TEST KEY-----\nMIIBVgIBADANBgkqhkiG9w0BAQEFAASCAUAwggE8AgEAAkEAq7BFUpkGp3+XQ==\n-----END TEST KEY-----\n';
const JSON_DOC = `${JSON.stringify({ type: 'service_account', scopes: ['read', 'write'], nested: { port: 5432, tls: true } }, null, 2)}\n`;

async function paste(page: Page, field: Locator, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
}

const stored = (data: Record<string, string> | undefined, key: string) => Buffer.from(data?.[key] ?? '', 'base64').toString('latin1');
const bytesOf = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

test.describe('multi-line values are stored byte for byte', () => {
  test('a pasted PEM block and a pretty-printed JSON document keep every line end', async ({ console, tenant, emulator, page }) => {
    const name = unique('multiline');
    tenant.willDelete(() => tenant.deleteSecret(group, name));
    await console.openScope(group);
    await console.startCreate(name);
    const drawer = console.drawer;

    await drawer.getByLabel('Key 1', { exact: true }).fill('tls.key');
    const value1 = drawer.getByLabel('Value 1', { exact: true });
    await paste(page, value1, PEM);
    // Masked until revealed: the characters are drawn as discs, and the text is all there.
    await expect(value1).toHaveCSS('-webkit-text-security', 'disc');
    await drawer.getByRole('button', { name: 'Show value 1' }).click();
    await expect(value1).toHaveCSS('-webkit-text-security', 'none');
    await expect(value1).toHaveValue(PEM);
    await expect(drawer.getByText('3 lines, 112 bytes, ends with a line break')).toBeVisible();
    await drawer.getByRole('button', { name: 'Hide value 1' }).click();
    await expect(value1).toHaveCSS('-webkit-text-security', 'disc');

    await drawer.getByRole('button', { name: 'Add key' }).click();
    await drawer.getByLabel('Key 2', { exact: true }).fill('config.json');
    await paste(page, drawer.getByLabel('Value 2', { exact: true }), JSON_DOC);
    await expect(drawer.getByLabel('Value 2', { exact: true })).toHaveValue(JSON_DOC);

    await console.reviewAndCreate();
    await console.expectNotification(`Created ${name}`);
    const view = await emulator.mounted('team-vision', name);
    expect(view.status).toBe(200);
    expect(stored(view.body?.data, 'tls.key')).toBe(bytesOf(PEM));
    expect(stored(view.body?.data, 'config.json')).toBe(bytesOf(JSON_DOC));
  });

  test('copy, cut and undo in a hidden value work on the real text, not on the dots drawn for it', async ({
    console,
    tenant,
    emulator,
    page,
  }) => {
    const name = unique('clipboard');
    tenant.willDelete(() => tenant.deleteSecret(group, name));
    const typed = 'line one\n\tline two ✓\n';
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await console.openScope(group);
    await console.startCreate(name);
    const drawer = console.drawer;
    await drawer.getByLabel('Key 1', { exact: true }).fill('original');
    const value1 = drawer.getByLabel('Value 1', { exact: true });
    await value1.focus();
    await page.keyboard.type('line one\n');
    await page.keyboard.press('Tab'); // Tab leaves the box; a tab character is pasted below
    await value1.focus();
    await page.evaluate(() => navigator.clipboard.writeText('\tline two ✓\n'));
    await page.keyboard.press('ControlOrMeta+V');
    await expect(value1).toHaveValue(typed);
    await expect(value1).toHaveCSS('-webkit-text-security', 'disc');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(typed);
    await page.keyboard.press('ControlOrMeta+X');
    await expect(value1).toHaveValue('');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(value1).toHaveValue(typed);

    await drawer.getByRole('button', { name: 'Add key' }).click();
    await drawer.getByLabel('Key 2', { exact: true }).fill('copy');
    await drawer.getByLabel('Value 2', { exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(drawer.getByLabel('Value 2', { exact: true })).toHaveValue(typed);
    await console.reviewAndCreate();
    await console.expectNotification(`Created ${name}`);
    expect((await emulator.mounted('team-vision', name)).body?.text).toEqual({ original: typed, copy: typed });
  });

  test('a CR LF file chosen for a value keeps its CR LF line ends', async ({ console, tenant, emulator }) => {
    const name = unique('crlf-file');
    tenant.willDelete(() => tenant.deleteSecret(group, name));
    const crlf = PEM.replace(/\n/g, '\r\n');
    await console.openScope(group);
    await console.startCreate(name);
    const drawer = console.drawer;
    await drawer.getByRole('radiogroup', { name: 'How value 1 is given' }).getByText('File').click();
    await drawer
      .locator('input[type="file"]')
      .setInputFiles({ name: 'cert.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(crlf) });
    await expect(drawer.getByText('cert.pem (115 bytes)')).toBeVisible();
    await expect(drawer.getByLabel('Key 1', { exact: true })).toHaveValue('cert.pem');
    await console.reviewAndCreate();
    await console.expectNotification(`Created ${name}`);
    const view = await emulator.mounted('team-vision', name);
    expect(stored(view.body?.data, 'cert.pem')).toBe(crlf);
  });

  test('CR LF pasted as text: the console says the box keeps only LF, and Base64 keeps the CR bytes', async ({
    console,
    tenant,
    emulator,
    page,
  }) => {
    const name = unique('crlf-paste');
    tenant.willDelete(() => tenant.deleteSecret(group, name));
    const crlf = 'user=admin\r\npassword=s3cr3t\r\n';
    await console.openScope(group);
    await console.startCreate(name);
    const drawer = console.drawer;
    await drawer.getByLabel('Key 1', { exact: true }).fill('creds');
    await paste(page, drawer.getByLabel('Value 1', { exact: true }), crlf);
    const notice = drawer.getByRole('status').filter({ hasText: 'CR LF' });
    await expect(notice).toContainText('a text box keeps only LF');
    await expect(notice).toContainText('File or Base64');
    await notice.getByRole('button', { name: 'Keep CR LF: store as Base64' }).click();
    await expect(drawer.getByLabel('Value 1 (Base64)')).toHaveValue(Buffer.from(crlf).toString('base64'));
    await console.reviewAndCreate();
    await console.expectNotification(`Created ${name}`);
    expect(stored((await emulator.mounted('team-vision', name)).body?.data, 'creds')).toBe(crlf);
  });

  test('rotating keeps multi-line values byte-exact, pasted or typed line by line', async ({ console, tenant, emulator, page }) => {
    const name = unique('rotate-ml');
    await tenant.createSecret(group, name, { old: Buffer.from('old').toString('base64') });
    await console.openScope(group, `?q=${name}`);
    await console.openEdit(name);
    const drawer = console.drawer;
    await drawer.getByRole('switch', { name: 'Replace the data (rotate)' }).check();
    await drawer.getByLabel('Key 1', { exact: true }).fill('tls.key');
    await paste(page, drawer.getByLabel('Value 1', { exact: true }), PEM);
    await drawer.getByRole('button', { name: 'Add key' }).click();
    await drawer.getByLabel('Key 2', { exact: true }).fill('notes');
    await drawer.getByLabel('Value 2', { exact: true }).focus();
    await page.keyboard.type('first line\n  indented second\n\nafter a blank line\n');
    await drawer.getByRole('button', { name: 'Review changes' }).click();
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await console.expectNotification(`Rotated ${name}`);
    const data = (await emulator.mounted('team-vision', name)).body?.data;
    expect(Object.keys(data ?? {}).sort()).toEqual(['notes', 'tls.key']);
    expect(stored(data, 'tls.key')).toBe(bytesOf(PEM));
    expect(stored(data, 'notes')).toBe('first line\n  indented second\n\nafter a blank line\n');
  });

  test('a .env block keeps quoted multi-line values, and a value with CR goes in as Base64', async ({ console, tenant, emulator }) => {
    const name = unique('env-ml');
    tenant.willDelete(() => tenant.deleteSecret(group, name));
    const env = [
      '# service credentials',
      `TLS_KEY="${PEM}"`,
      `CONFIG='${JSON_DOC}'`,
      'ESCAPED="tab\\there\\nnext line"',
      'WINDOWS="line one\\r\\nline two"',
      'PLAIN=  spaced out  ',
      '',
    ].join('\n');
    await console.openScope(group);
    await console.startCreate(name);
    await console.drawer.getByRole('button', { name: 'Paste .env…' }).click();
    const modal = console.page.getByRole('dialog', { name: 'Paste a .env block' });
    await modal.getByLabel('.env content').fill(env);
    await expect(modal.getByRole('table', { name: 'Rows to add' }).getByRole('row')).toHaveCount(6);
    await expect(modal.getByText(/WINDOWS.*carriage return/)).toBeVisible();
    await modal.getByRole('button', { name: 'Add 5 rows' }).click();
    const drawer = console.drawer;
    await expect(drawer.getByLabel('Key 4', { exact: true })).toHaveValue('WINDOWS');
    await expect(drawer.getByLabel('Value 4 (Base64)')).toHaveValue(Buffer.from('line one\r\nline two').toString('base64'));
    await console.reviewAndCreate();
    await console.expectNotification(`Created ${name}`);
    const data = (await emulator.mounted('team-vision', name)).body?.data;
    expect(stored(data, 'TLS_KEY')).toBe(bytesOf(PEM));
    expect(stored(data, 'CONFIG')).toBe(bytesOf(JSON_DOC));
    expect(stored(data, 'ESCAPED')).toBe('tab\there\nnext line');
    expect(stored(data, 'WINDOWS')).toBe('line one\r\nline two');
    expect(stored(data, 'PLAIN')).toBe('spaced out');
  });

  test('a .env block pasted with CR LF line ends: a value that spans lines is flagged, single-line ones are not', async ({
    console,
    page,
  }) => {
    await console.openScope(group);
    await console.startCreate(unique('env-crlf'));
    await console.drawer.getByRole('button', { name: 'Paste .env…' }).click();
    const modal = page.getByRole('dialog', { name: 'Paste a .env block' });
    const box = modal.getByLabel('.env content');
    const notice = modal.getByRole('status').filter({ hasText: 'CR LF' });

    await paste(page, box, 'USER=admin\r\nPASS=s3cr3t\r\n');
    await expect(modal.getByRole('table', { name: 'Rows to add' }).getByRole('row')).toHaveCount(3);
    await expect(notice).toHaveCount(0);

    await box.fill('');
    await paste(page, box, 'CERT="line one\r\nline two"\r\n');
    await expect(notice).toContainText('a quoted value that spans lines gets LF line ends');
    await expect(notice).toContainText('\\r\\n inside double quotes');
  });
});
