// The first page a new user sees (the overview of the demo tenant) against the floor of its stack: a
// minimal Mantine page (bench/floor-page) built with the same Vite and Mantine. Alternating, cold each time.
import { firstPage } from './browser';
import { defineBench } from './context';
import { buildFloorPage, FLOOR_PAGE_DIR, serveDir } from './floors';
import { startConsole } from './processes';
import { compared, figure } from './stats';

export default defineBench({
  name: 'first-page',
  run: async (ctx) => {
    await ctx.built();
    ctx.log('building the floor page');
    await buildFloorPage();
    const browser = await ctx.browser();
    const demo = await startConsole(null);
    const floor = await serveDir(FLOOR_PAGE_DIR);
    try {
      const ours = [];
      const floors = [];
      for (let i = 0; i < 7; i++) {
        floors.push(await firstPage(browser, floor.url, FLOOR_PAGE_DIR, (p) => p.getByRole('cell', { name: 'secret-19' }).waitFor()));
        ours.push(await firstPage(browser, demo.url, 'dist', (p) => p.getByRole('heading', { name: 'Overview', level: 2 }).waitFor()));
      }
      const kb = (xs: number[]) => xs.map((x) => x / 1024);
      const names = (paths: string[]) => paths.filter((f) => f.endsWith('.js')).map((f) => f.replace(/^\/assets\//, ''));
      const files = names(ours[0]!.files);
      const later = names(ours[0]!.later);
      return [
        compared(
          'first page JavaScript (gzip)',
          'KB',
          kb(ours.map((o) => o.js)),
          kb(floors.map((f) => f.js)),
          { atMost: 1.3 },
          `${files.length} files: ${files.join(', ')}`,
        ),
        figure('JavaScript preloaded after the first screen settled (gzip)', 'KB', kb(ours.map((o) => o.laterJs)), later.join(', ')),
        compared('first page JavaScript on the wire', 'KB', kb(ours.map((o) => o.wireJs)), kb(floors.map((f) => f.js))),
        compared('first page CSS (gzip)', 'KB', kb(ours.map((o) => o.css)), kb(floors.map((f) => f.css))),
        compared(
          'Largest Contentful Paint (cold)',
          'ms',
          ours.map((o) => o.lcp),
          floors.map((f) => f.lcp),
          { atMost: 1.5 },
        ),
      ];
    } finally {
      await floor.close();
      await demo.proc.kill();
    }
  },
});
