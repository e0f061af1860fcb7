// Figures measured in headless Chromium against the built app.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Gzip bytes of the JavaScript and CSS the first page loads, read from dist/. */
export async function firstPageBundle(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const assets = new Set<string>();
  page.on('response', (res) => {
    const u = new URL(res.url());
    if (u.pathname.startsWith('/assets/')) assets.add(u.pathname);
  });
  await page.goto(url);
  await page.getByRole('heading', { name: 'Overview', level: 2 }).waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  let js = 0;
  let css = 0;
  for (const asset of assets) {
    const bytes = zlib.gzipSync(fs.readFileSync(path.join('dist', asset)), { level: 9 }).length;
    if (asset.endsWith('.js')) js += bytes;
    else if (asset.endsWith('.css')) css += bytes;
  }
  return { js, css, files: assets.size };
}

/** From navigation to the secret list visible, cold cache (a new context each time). */
export async function listLoad(browser: Browser, url: string, rowName: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByRole('row').filter({ hasText: rowName }).first().waitFor();
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

/** Time from a keystroke in the name filter to the rows (and count) updated, measured inside the page. */
export async function filterKeystroke(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __t0?: number; __t1?: number; __obs?: MutationObserver };
    w.__t0 = undefined;
    w.__t1 = undefined;
    const input = document.querySelector('input[aria-label="Filter by name"]')!;
    input.addEventListener('keydown', () => (w.__t0 = performance.now()), { once: true });
    const status = document.querySelector('[role="status"][aria-live="polite"]')!;
    w.__obs?.disconnect();
    w.__obs = new MutationObserver(() => {
      if (w.__t0 !== undefined && w.__t1 === undefined) w.__t1 = performance.now();
    });
    w.__obs.observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('textbox', { name: 'Filter by name' }).press(key);
  await page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined);
  return page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    return w.__t1 - w.__t0;
  });
}

/** Renders the map, then scrolls it end to end, reporting long tasks (over 50 ms) seen while scrolling. */
export async function mapRenderAndScroll(browser: Browser, url: string, rows: number) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/map`, { waitUntil: 'commit' });
  await page
    .locator('table[aria-label="Secrets by resource group"] tbody tr')
    .nth(rows - 1)
    .waitFor({ timeout: 60_000 });
  const renderMs = await page.evaluate(() => performance.now());
  const longTasks = await page.evaluate(async () => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const viewport = [...document.querySelectorAll('.mantine-ScrollArea-viewport')].find((el) =>
      el.querySelector('table[aria-label="Secrets by resource group"]'),
    )!;
    // No named helper functions in here: the bundler would wrap them in a helper the page does not have.
    for (let step = 0; step <= 80; step++) {
      const i = step <= 40 ? step : 80 - step;
      viewport.scrollTo({ left: (viewport.scrollWidth * i) / 40, top: (viewport.scrollHeight * i) / 40 });
      await new Promise((r) => requestAnimationFrame(r));
    }
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    return tasks;
  });
  await context.close();
  return { renderMs, longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0, longTasks: longTasks.length };
}
