import { test, expect } from './fixtures';

test('the tenant map stays readable at 60 resource groups by 8 secrets, from one request', async ({ tenant, page }, testInfo) => {
  test.setTimeout(120_000);
  const groupsRes = await page.request.get('/api/v2/admin/resourceGroups');
  const existing = ((await groupsRes.json()) as { resources: unknown[] }).resources.length;
  const ids = Array.from({ length: 60 - existing }, (_, i) => `scale-${String(i).padStart(2, '0')}`);
  for (let i = 0; i < ids.length; i += 10) await Promise.all(ids.slice(i, i + 10).map((id) => tenant.createGroup(id)));

  // Eight names in all: the tenant-wide ones, then group-only ones.
  const twRes = await page.request.get('/api/v2/admin/secrets', { headers: { 'AI-Tenant-Scope': 'true', 'AI-Resource-Group': '*' } });
  const tenantWide = ((await twRes.json()) as { resources: { name: string }[] }).resources.map((s) => s.name);
  const summary = (await (await page.request.get('/api/summary')).json()) as { groups: Record<string, { name: string }[]> };
  const groupOnly = new Set(
    Object.values(summary.groups)
      .flatMap((l) => l.map((s) => s.name))
      .filter((n) => !tenantWide.includes(n)),
  );
  for (let i = tenantWide.length + groupOnly.size; i < 8; i++)
    await tenant.createSecret({ kind: 'group', resourceGroup: ids[i % ids.length]! }, `scale-only-${i}`);

  // The browser asks for the whole map once, never group by group.
  const dataRequests: string[] = [];
  page.on('request', (r) => {
    // The page talks to its connection's /api/c/{name}; counted as the /api alias for short.
    const path = new URL(r.url()).pathname.replace(/^\/api\/c\/[^/]+\//, '/api/');
    if (path === '/api/summary' || path.startsWith('/api/v2/admin/secrets')) dataRequests.push(path);
  });
  await page.goto('/map');
  const table = page.getByRole('table', { name: 'Secrets by resource group' });
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table).toHaveAttribute('aria-colcount', String(1 + 60));
  await expect(table).toHaveAttribute('aria-rowcount', String(1 + 8));
  // Only the summary (polled again while copies are on their way), never a group's own list.
  expect([...new Set(dataRequests)]).toEqual(['/api/summary']);
  for (const name of tenantWide) await expect(table.getByRole('rowheader', { name: new RegExp(`^${name}`) })).toBeVisible();
  await expect(table.locator('[role="row"][aria-rowindex="2"]')).toContainText('tenant-wide');
  // Virtualized: only the columns on screen (and a few more) exist.
  expect(await table.getByRole('columnheader').count()).toBeLessThan(61);

  // Headers stay in view: scroll to the far right; the last group's column is drawn, the names stay on screen.
  const scroller = page.getByRole('region', { name: 'Tenant map, scrollable' });
  await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth, top: el.scrollHeight }));
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
  const last = table.locator('[role="columnheader"][aria-colindex="61"]');
  await expect(last).toBeVisible();
  const box = await scroller.boundingBox();
  const nameCell = await table.getByRole('rowheader').first().boundingBox();
  expect(nameCell!.x).toBeGreaterThanOrEqual(box!.x - 1);
  expect(nameCell!.x).toBeLessThan(box!.x + 50);
  const lastHeader = await last.boundingBox();
  expect(lastHeader!.y).toBeGreaterThanOrEqual(box!.y - 1); // the group names row stays at the top
  await testInfo.attach('tenant-map-60x8-scrolled', { body: await page.screenshot(), contentType: 'image/png' });
});
