import { test, expect } from './fixtures';

test('the tenant map stays readable at 60 resource groups by 8 secrets', async ({ tenant, page }, testInfo) => {
  test.setTimeout(120_000);
  const groupsRes = await page.request.get('/api/v2/admin/resourceGroups');
  const existing = ((await groupsRes.json()) as { resources: unknown[] }).resources.length;
  const ids = Array.from({ length: 60 - existing }, (_, i) => `scale-${String(i).padStart(2, '0')}`);
  for (let i = 0; i < ids.length; i += 10) await Promise.all(ids.slice(i, i + 10).map((id) => tenant.createGroup(id)));

  // Eight names in all: the tenant-wide ones, then group-only ones.
  const twRes = await page.request.get('/api/v2/admin/secrets', { headers: { 'AI-Tenant-Scope': 'true', 'AI-Resource-Group': '*' } });
  const tenantWide = ((await twRes.json()) as { resources: { name: string }[] }).resources.map((s) => s.name);
  await page.goto('/map');
  const table = page.getByRole('table', { name: 'Secrets by resource group' });
  await expect(table).toBeVisible({ timeout: 30_000 });
  const rowCount = await table.locator('tbody tr').count();
  for (let i = rowCount; i < 8; i++) await tenant.createSecret({ kind: 'group', resourceGroup: ids[i % ids.length]! }, `scale-only-${i}`);
  await page.reload();

  await expect(table.getByRole('columnheader')).toHaveCount(1 + 60);
  await expect(table.locator('tbody tr')).toHaveCount(8);
  for (const name of tenantWide) await expect(table.getByRole('rowheader', { name: new RegExp(`^${name}`) })).toBeVisible();
  await expect(table.locator('tbody tr').first()).toContainText('tenant-wide');

  // Headers stay in view: scroll to the far right and check the secret names are still on screen.
  const scroller = page.locator('.mantine-ScrollArea-viewport').filter({ has: table });
  await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth, top: el.scrollHeight }));
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
  const box = await scroller.boundingBox();
  const nameCell = await table.getByRole('rowheader').first().boundingBox();
  expect(nameCell!.x).toBeGreaterThanOrEqual(box!.x - 1);
  expect(nameCell!.x).toBeLessThan(box!.x + 50);
  const lastHeader = await table.getByRole('columnheader').last().boundingBox();
  expect(lastHeader!.y).toBeGreaterThanOrEqual(box!.y - 1); // the group names row stays at the top
  await testInfo.attach('tenant-map-60x8-scrolled', { body: await page.screenshot(), contentType: 'image/png' });
  await scroller.evaluate((el) => el.scrollTo({ left: 0, top: 0 }));

  await testInfo.attach('tenant-map-60x8', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});
