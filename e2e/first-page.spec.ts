// The first page loads the code of its own route and nothing of the other pages before its first screen
// settles; every asset travels compressed when the browser accepts it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { test, expect } from './fixtures';

type Chunk = { file: string; name?: string; src?: string; imports?: string[]; css?: string[] };
const manifest = JSON.parse(fs.readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, Chunk>;

/** Every chunk file a manifest entry loads before it runs (its static imports, transitively). */
function staticClosure(...keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  keys.forEach(visit);
  return files;
}

const OVERVIEW = 'src/web/features/overview/overview-page.tsx';
// The pages (features, and the app's own: the tenant-wide secret's page, "not found") and what the shell
// loads on use (the group picker's list, the shortcut help, the signed-in user).
const OTHER_ROUTES = Object.values(manifest)
  .filter((c) => /^src\/web\/(features|app)\//.test(c.src ?? '') && c.src !== OVERVIEW)
  .map((c) => c.file);
const OVERLAYS = Object.values(manifest)
  .filter((c) => /drawer|modal|dialog|map/i.test(c.name ?? c.src ?? ''))
  .map((c) => c.file);

test('the first page loads its own route and none of the other pages, drawers or dialogs', async ({ page }) => {
  // The build has them as chunks of their own, which the first page's code does not import.
  expect(OTHER_ROUTES.map((f) => path.basename(f).replace(/-[\w-]{8}\.js$/, ''))).toEqual(
    expect.arrayContaining(['secrets-page', 'tenant-map-page', 'tenant-wide-detail', 'resource-groups-page', 'shortcut-help']),
  );
  const firstPage = staticClosure('index.html', OVERVIEW);
  for (const file of [...OTHER_ROUTES, ...OVERLAYS]) expect(firstPage, file).not.toContain(file);

  const encodings = new Map<string, string | undefined>();
  page.on('response', (res) => {
    const p = new URL(res.url()).pathname;
    if (p.startsWith('/assets/')) encodings.set(p.slice(1), res.headers()['content-encoding']);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('first-screen-settled').length > 0);
  const timeline = await page.evaluate(() => ({
    settled: performance.getEntriesByName('first-screen-settled')[0]!.startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/.*\.js$/.test(e.name))
      .map((e) => ({ file: new URL(e.name).pathname.slice(1), start: e.startTime })),
  }));
  const beforeSettled = timeline.scripts.filter((s) => s.start < timeline.settled).map((s) => s.file);
  // Before the first screen settled: the entry, the overview's route, and only what they import.
  expect(beforeSettled).toContain(manifest['index.html']!.file);
  expect(beforeSettled).toContain(manifest[OVERVIEW]!.file);
  for (const file of beforeSettled) expect(firstPage, `${file} was loaded for the first screen`).toContain(file);
  // The scripts went compressed (Chromium accepts brotli from a loopback origin); those under 1 KB have
  // no compressed copy, as a header would eat the saving.
  const compressible = beforeSettled.filter((file) => fs.statSync(path.join('dist', file)).size >= 1024);
  // The entry and the overview's route at least (the first page is a handful of files).
  expect(compressible).toEqual(expect.arrayContaining([manifest['index.html']!.file, manifest[OVERVIEW]!.file]));
  for (const file of compressible) expect(['br', 'gzip'], file).toContain(encodings.get(file));

  // After it settled, the likely next page's code is preloaded, so that opening it waits for no download.
  await expect
    .poll(async () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1))))
    .toContain(manifest['src/web/features/secrets/secrets-page.tsx']!.file);
  await page.getByRole('link', { name: 'Main tenant', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /main tenant/i })).toBeVisible();
});

test('a page load asks for one stylesheet and no icon file (decision 0075)', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/map');
  await expect(page.getByRole('heading', { level: 2, name: 'Tenant map' })).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('first-screen-settled').length > 0);
  // The icon is part of the page: the tab shows it and the browser fetches nothing for it.
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,%3Csvg/);
  expect(asked.filter((p) => /favicon|\.ico$/.test(p))).toEqual([]);
  // Every page's styles come in the one stylesheet index.html links, once; no page brings its own.
  expect(asked.filter((p) => p.endsWith('.css'))).toEqual([`/${manifest['style.css']!.file}`]);
});

test('hovering a link fetches the code of the page it opens', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
  const map = manifest['src/web/features/replication/tenant-map-page.tsx']!.file;
  const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)));
  expect(await loaded()).not.toContain(map);
  await page.getByRole('link', { name: 'Tenant map', exact: true }).hover();
  await expect.poll(loaded).toContain(map);
});

test('assets are sent as brotli or gzip, as the client asks, with Vary', async ({ request }) => {
  const entry = manifest['index.html']!.file;
  // The build's one stylesheet (decision 0075), which index.html links.
  const css = manifest['style.css']!.file;
  expect(fs.readFileSync('dist/index.html', 'utf8')).toContain(`href="/${css}"`);
  for (const file of [entry, css]) {
    const original = fs.readFileSync(path.join('dist', file));
    const br = await request.get(`/${file}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers()['content-encoding']).toBe('br');
    expect(br.headers()['vary']).toBe('Accept-Encoding');
    expect(Number(br.headers()['content-length'])).toBeLessThan(original.length / 2.5);
    expect(Buffer.compare(await br.body(), original)).toBe(0); // decoded by the client: the same bytes

    const gz = await request.get(`/${file}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers()['content-encoding']).toBe('gzip');
    expect(Buffer.compare(await gz.body(), original)).toBe(0);

    const plain = await request.get(`/${file}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
    expect(plain.headers()['vary']).toBe('Accept-Encoding');
    expect(Buffer.compare(await plain.body(), original)).toBe(0);
  }
  // The copies on disk are real brotli and gzip of the file, made by the build.
  expect(zlib.brotliDecompressSync(fs.readFileSync(path.join('dist', `${entry}.br`)))).toEqual(fs.readFileSync(path.join('dist', entry)));
});
