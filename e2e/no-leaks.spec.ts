import fs from 'node:fs';
import path from 'node:path';
import { E2E_TENANT_DIR } from '../playwright.config';
import { test, expect, unique } from './fixtures';

const JWT = /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/;

test('nothing the browser sees holds the client secret, a token, or a secret value', async ({ console, tenant, page, dataDir }) => {
  const keyOf = (tenant: 'dev' | 'prod') =>
    JSON.parse(fs.readFileSync(path.join(E2E_TENANT_DIR(tenant, dataDir), 'service-key.json'), 'utf8')) as { clientsecret: string };
  const key = keyOf('dev');
  const prodSecret = keyOf('prod').clientsecret;
  const seen: string[] = [];
  page.on('response', async (res) => {
    const headers = Object.entries(await res.allHeaders()).map(([k, v]) => `${k}: ${v}`);
    const body = await res.body().catch(() => Buffer.alloc(0));
    seen.push(`${res.url()}\n${headers.join('\n')}\n${body.toString('utf8')}`);
  });

  const group = { kind: 'group', resourceGroup: 'research' } as const;
  const name = unique('leak-check');
  const value = `v4lue-${Date.now()}-ß`;
  tenant.willDelete(() => tenant.deleteSecret(group, name));
  for (const p of ['/', '/secrets/main', '/secrets/tenant-wide', '/secrets/tenant-wide/hana-vector-db', '/map', '/resource-groups']) {
    await page.goto(p);
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  }
  await console.openScope(group);
  await console.startCreate(name);
  await console.fillRow(0, 'TOKEN', value);
  await console.reviewAndCreate();
  await console.expectNotification(`Created ${name}`);
  await console.openEdit(name);
  await console.drawer.getByRole('switch', { name: 'Replace the data (rotate)' }).check();
  await console.fillRow(0, 'TOKEN', `${value}-2`);
  await console.drawer.getByRole('button', { name: 'Review changes' }).click();
  await console.drawer.getByRole('button', { name: 'Save changes' }).click();
  await console.expectNotification(`Rotated ${name}`);
  await page.waitForLoadState('networkidle');

  const everything = seen.join('\n');
  expect(seen.length).toBeGreaterThan(20);
  expect(everything).not.toContain(key.clientsecret);
  expect(everything).not.toContain(prodSecret);
  expect(everything).not.toMatch(JWT);
  expect(everything).not.toContain(value);
  expect(everything).not.toContain(Buffer.from(value).toString('base64'));

  // Nor the browser's storage, nor the URL.
  const storage = await page.evaluate(() =>
    JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }),
  );
  expect(storage).not.toContain(value);
  expect(storage).not.toMatch(JWT);
  expect(page.url()).not.toContain(value);

  // Nor the built bundle.
  const dist = path.resolve('dist');
  const files = fs.readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  expect(files.length).toBeGreaterThan(3);
  for (const f of files) {
    const text = fs.readFileSync(path.join(f.parentPath, f.name), 'utf8');
    expect(text, f.name).not.toContain(key.clientsecret);
    expect(text, f.name).not.toMatch(JWT);
  }
});
