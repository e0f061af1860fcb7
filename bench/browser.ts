// Figures measured in headless Chromium against the built app.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * One cold load of a first page (a new context each time): the gzip bytes of the JavaScript and CSS it
 * needs for its first screen (read from `distDir`, so that they do not depend on how the server
 * compresses), the bytes of that JavaScript that crossed the wire, and its Largest Contentful Paint.
 * What the page preloads after its first screen settled (the `first-screen-settled` mark, see
 * src/web/app/preload.ts) is not the first page's: it is counted apart, as `later`.
 */
export async function firstPage(browser: Browser, url: string, distDir: string, ready: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const wire = new Map<string, Promise<number>>();
  page.on('response', (res) => {
    const u = new URL(res.url());
    if (u.pathname.startsWith('/assets/'))
      wire.set(
        u.pathname,
        res
          .request()
          .sizes()
          .then((s) => s.responseBodySize),
      );
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  const timeline = await page.evaluate(async () => {
    // The last entry the browser reported is the largest element painted so far: the page is settled now.
    const lcp = await new Promise<number>((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({
        type: 'largest-contentful-paint',
        buffered: true,
      });
    });
    const settled = performance.getEntriesByName('first-screen-settled')[0]?.startTime ?? Infinity;
    const assets = performance
      .getEntriesByType('resource')
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
      .filter((e) => e.path.startsWith('/assets/'));
    return { lcp, settled, assets };
  });
  const first = timeline.assets.filter((a) => a.start < timeline.settled).map((a) => a.path);
  const later = timeline.assets.filter((a) => a.start >= timeline.settled).map((a) => a.path);
  let wireJs = 0;
  for (const asset of first) if (asset.endsWith('.js')) wireJs += (await wire.get(asset)) ?? 0;
  await context.close();
  const gz = (asset: string) => zlib.gzipSync(fs.readFileSync(path.join(distDir, asset)), { level: 9 }).length;
  const sum = (assets: string[], ext: string) => assets.filter((a) => a.endsWith(ext)).reduce((n, a) => n + gz(a), 0);
  return { js: sum(first, '.js'), css: sum(first, '.css'), laterJs: sum(later, '.js'), wireJs, lcp: timeline.lcp, files: first, later };
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
    // The page's own count (the shell's announcer, outside <main>, is a live region too).
    const status = document.querySelector('main [role="status"][aria-live="polite"]')!;
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
