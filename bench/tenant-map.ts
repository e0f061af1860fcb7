// The tenant map at scale, 200 resource groups by 60 secret names: time from navigation to the full map
// drawn, the requests the browser makes for it (goal: one), and the longest task while scrolling it end to
// end. Default-exports one figure file for the bench runner; `tenantMapFigures` does the work.
import type { Browser } from 'playwright';
import { textToBase64 } from '../src/contract';
import { firstPage } from './browser';
import { buildFloorPage, FLOOR_PAGE_DIR, serveDir } from './floors';
import { pool, startConsole, startEmulator } from './processes';
import { defineBench } from './context';
import { compared, figure, summarize, type Figure } from './stats';

const GROUPS = 200;
const NAMES = 60;
const TENANT_WIDE = 5;

async function drawAndScroll(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) requests.push(path);
  });
  // Drawn: the table knows every row and column, its first cells are in the document, and the frame that
  // shows them has been painted. Watched from inside the page (a mutation observer from the first byte), so
  // the time is the page's own, not when a poll from outside noticed it.
  const selector = `[role="table"][aria-rowcount="${NAMES + 1}"][aria-colcount="${GROUPS + 1}"] [role="row"][aria-rowindex="2"] [role="cell"]`;
  // (A string, not a function: the bench's compiler would name the function's helpers.)
  await page.addInitScript(`
    window.__drawn = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(${JSON.stringify(selector)})) return;
        observer.disconnect();
        // After the next frame's paint: a task queued from its animation frame runs once the frame is out.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  `);
  await page.goto(`${url}/map`, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ timeout: 60_000 });
  const drawnMs = await page.evaluate(() => (window as unknown as { __drawn: Promise<number> }).__drawn);
  // Where the time went: the summary's answer and the map's code, as the page's resource timing saw them.
  const [summaryAt, mapCodeAt, upstreamMs] = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const summary = entries.find((r) => /\/summary$/.test(new URL(r.name).pathname));
    const code = entries.find((r) => /tenant-map-page[^/]*\.js$/.test(new URL(r.name).pathname));
    return [
      summary?.responseEnd ?? -1,
      code?.responseEnd ?? -1,
      summary?.serverTiming.find((t) => t.name === 'upstream')?.duration ?? -1,
    ].map(Math.round);
  });
  const phases = { summary: summaryAt!, mapCode: mapCodeAt!, upstream: upstreamMs! };
  // Through the default connection's alias (/api) or its own prefix (/api/c/{name}), which the page uses.
  const forMap = requests.filter((p) => /^\/api(\/c\/[^/]+)?\/(summary$|v2\/admin\/secrets)/.test(p)).length;
  const longTasks = await page.evaluate(async () => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const scroller = document.querySelector('[data-testid="map-scroller"]')!;
    for (let step = 0; step <= 80; step++) {
      const i = step <= 40 ? step : 80 - step;
      scroller.scrollTo({ left: (scroller.scrollWidth * i) / 40, top: (scroller.scrollHeight * i) / 40 });
      await new Promise((r) => requestAnimationFrame(r));
    }
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    return tasks;
  });
  await context.close();
  return {
    drawnMs,
    phases,
    forMap,
    all: requests.length,
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
  };
}

export async function tenantMapFigures(browser: Browser, log: (line: string) => void, quick: boolean): Promise<Figure[]> {
  const emulator = await startEmulator(['--max-groups', String(GROUPS + 50)]);
  const con = await startConsole(emulator);
  try {
    const api = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(`${emulator.url}/v2${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${emulator.token}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    };
    const secret = (name: string) => ({ name, data: { value: textToBase64(`value of ${name}`) } });
    log(`seeding ${GROUPS} groups and ${NAMES} names`);
    // "default" exists: 199 more make 200.
    const groups = Array.from({ length: GROUPS - 1 }, (_, i) => `group-${String(i).padStart(3, '0')}`);
    await pool(groups, 8, (id) => api('/admin/resourceGroups', { resourceGroupId: id }));
    for (let i = 0; i < TENANT_WIDE; i++)
      await api('/admin/secrets', secret(`tenant-wide-${i}`), { 'AI-Tenant-Scope': 'true', 'AI-Resource-Group': '*' });
    const groupOnly = Array.from({ length: NAMES - TENANT_WIDE }, (_, i) => i);
    await pool(groupOnly, 8, (i) =>
      api('/admin/secrets', secret(`group-only-${i}`), { 'AI-Resource-Group': groups[(i * 7) % groups.length]! }),
    );

    // The first load after the console started runs cold code in two fresh processes; it is its own figure.
    const first = await drawAndScroll(browser, con.url);
    // Then the console as it is in use: the map polls the summary while copies are pending and the overview
    // reads it too, so a running console has composed it many times. 20 summaries warm both processes (the
    // composition went from ~150 ms to ~25 ms over as many in a probe on this machine); each counted run
    // below still starts in a new browser context, with nothing cached.
    for (let i = 0; i < 20; i++) await (await fetch(`${con.url}/api/summary`)).arrayBuffer();
    // The goal is absolute (under 500 ms), and this machine's speed is not: each load is paired with a load of
    // the floor page (a bare Mantine page, bench/floor-page) right before it, whose paint shows what the
    // machine could do at that moment. Its time is the floor column; the goal stays on the map's own time.
    await buildFloorPage();
    const floor = await serveDir(FLOOR_PAGE_DIR);
    const runs = [];
    const floors: number[] = [];
    try {
      for (let i = 0; i < (quick ? 2 : 5); i++) {
        floors.push((await firstPage(browser, floor.url, FLOOR_PAGE_DIR, (p) => p.getByRole('cell', { name: 'secret-19' }).waitFor())).lcp);
        runs.push(await drawAndScroll(browser, con.url));
      }
    } finally {
      await floor.close();
    }
    const drawn = compared(
      `tenant map ${GROUPS} groups x ${NAMES} names: navigation to full map drawn`,
      'ms',
      runs.map((r) => r.drawnMs),
      floors,
    );
    return [
      {
        ...drawn,
        goal: '< 500 ms',
        met: drawn.median < 500,
        note: `floor: a bare Mantine page's Largest Contentful Paint, loaded before each map load (the machine's speed then); the summary answered at ${runs.map((r) => r.phases.summary).join('/')} ms (of which AI Core's lists ${runs.map((r) => r.phases.upstream).join('/')} ms), the map's code at ${runs
          .map((r) => r.phases.mapCode)
          .join('/')} ms`,
      },
      figure(
        'tenant map: first load after the console started (cold processes)',
        'ms',
        [first.drawnMs],
        `the summary answered at ${first.phases.summary} ms (AI Core's lists ${first.phases.upstream} ms)`,
      ),
      {
        ...figure(
          'tenant map: requests the browser makes for the map',
          'req',
          runs.map((r) => r.forMap),
          `${runs.map((r) => r.all).join('/')} /api requests in all per run (with the header's status and group picker)`,
        ),
        goal: '1',
        met: runs.every((r) => r.forMap === 1),
      },
      {
        ...figure(
          'tenant map: longest task while scrolling',
          'ms',
          runs.map((r) => r.longestTaskMs),
          `${runs.map((r) => r.longTasks).join('/')} long tasks (>50 ms) per run`,
        ),
        goal: '< 100 ms',
        // On the median, as every figure here: one load in a busy moment can have a long task of its own.
        met: summarize(runs.map((r) => r.longestTaskMs)).median < 100,
      },
    ];
  } finally {
    await con.proc.kill();
    await emulator.proc.kill();
  }
}

export default defineBench({
  name: 'tenant-map',
  run: async (ctx) => {
    await ctx.built();
    return tenantMapFigures(await ctx.browser(), ctx.log, ctx.quick);
  },
});
