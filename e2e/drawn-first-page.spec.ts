// The overview arrives drawn by the console server (decision 0076): a user sees it before any of the app's
// script has run, in their color scheme, and the app then takes over the page the server drew, with the
// answers it came with, instead of asking for them and drawing it again.
import { test, expect } from './fixtures';

type Summary = { main: unknown[]; tenantWide: unknown[]; resourceGroups: unknown[] };

test("the overview is on screen with the tenant's figures without running any of the app's script", async ({
  browser,
  request,
  tenant,
}) => {
  await tenant.createSecret({ kind: 'main' }, 'drawn-first-page');
  const summary = (await (await request.get('/api/summary')).json()) as Summary;
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(test.info().project.use.baseURL!);
    await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    // The figures themselves, not a skeleton: the server read the tenant for this page.
    await expect(page.getByRole('link', { name: `Main tenant secrets ${summary.main.length}` })).toBeVisible();
    await expect(page.getByRole('link', { name: `Resource groups ${summary.resourceGroups.length}` })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Scopes' }).getByRole('link', { name: 'Main tenant' })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the app takes over the drawn page in place, without asking for its answers again', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The heading as the HTML parser made it, before the app's script runs (module scripts run after parsing).
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        (window as unknown as { drawnHeading?: Element | null }).drawnHeading = document.querySelector('main h2');
    });
  });
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('first-screen-settled').length > 0);
  // Hydrated: the very element the server drew is the app's now (a fresh draw would have replaced it), and
  // React reported no mismatch between the two (it would raise an error and draw the page anew).
  expect(
    await page.evaluate(() => document.querySelector('main h2') === (window as unknown as { drawnHeading?: Element }).drawnHeading),
  ).toBe(true);
  expect(errors).toEqual([]);
  // The status and the summary came inside the page.
  expect(asked.filter((p) => /\/api\/(c\/[^/]+\/)?(console|summary)$/.test(p))).toEqual([]);
  // And the page is the app's: its links navigate in place, its controls work.
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByRole('link', { name: /^Main tenant secrets/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /main tenant/i })).toBeVisible();
});

test('a dark-mode user gets the drawn page dark from the first paint', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  try {
    const page = await context.newPage();
    // None of the app's code arrives: what shows is the server's page and its one inline script.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(test.info().project.use.baseURL!);
    await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    // Mantine's dark body color (#242424), not the light one.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(36, 36, 36)');
  } finally {
    await context.close();
  }
});

test('what the drawn page carries cannot break out of it: a label that closes the script element stays data', async ({
  page,
  request,
  tenant,
}) => {
  const value = '</script><script>window.pwned=1</script><!--';
  await tenant.createSecret({ kind: 'main' }, 'drawn-label-escape', { k: 'dmFsdWU=' }, [{ key: 'ext.ai.sap.com/note', value }]);
  const html = await (await request.get('/')).text();
  expect(html).not.toContain(value);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('first-screen-settled').length > 0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(errors).toEqual([]);
  // The value arrived byte for byte, as data.
  const carried = await page.evaluate(
    () =>
      JSON.parse(document.getElementById('first-screen-data')!.textContent!) as {
        summary: { main: { name: string; labels?: { value: string }[] }[] };
      },
  );
  expect(carried.summary.main.find((s) => s.name === 'drawn-label-escape')?.labels?.[0]?.value).toBe(value);
});
