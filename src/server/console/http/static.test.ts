import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/emulator-fixture';
import { compressJson } from './compress-json';
import { acceptedEncodings, mountStatic, PAGE_MODULES } from './static';

// A build as Vite leaves it: an index, a hashed script big enough to compress, a small icon, the manifest.
const script = Array.from({ length: 400 }, (_, i) => `export const value${i} = "${'é'.repeat(i % 7)}line ${i}";`).join('\n');
let app: Hono;
beforeAll(() => {
  const dir = tempDir('aicore-static-');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.mkdirSync(path.join(dir, '.vite'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Console</title><div id="root"></div>');
  fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), script);
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify({ secret: 'build layout' }).repeat(100));
  // The copies `vite build` makes beside each file (vite.config.ts).
  const js = path.join(dir, 'assets', 'index-AbC123.js');
  fs.writeFileSync(`${js}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${js}.gz`, zlib.gzipSync(script));
  app = new Hono();
  mountStatic(app, dir);
});

const get = (p: string, headers: Record<string, string> = {}) => app.request(p, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('the built app on the wire', () => {
  it('sends brotli when the browser accepts it, gzip when only that, the file itself otherwise; always with Vary', async () => {
    const br = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(br.headers.get('cache-control')).toContain('immutable');
    const brBody = await bytes(br);
    expect(brBody.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(zlib.brotliDecompressSync(brBody).toString('utf8')).toBe(script);

    const gz = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(await bytes(gz)).toString('utf8')).toBe(script);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect((await bytes(plain)).toString('utf8')).toBe(script);
  });

  it('honours q-values: a refused encoding is never sent', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const none = await get('/assets/index-AbC123.js', { 'accept-encoding': 'identity, *;q=0' });
    expect(none.headers.get('content-encoding')).toBeNull();
    expect(acceptedEncodings('*')).toEqual(new Set(['br', 'gzip']));
  });

  it('answers a revalidation of the same copy with 304 and no body', async () => {
    const first = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br' });
    const again = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br', 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect((await bytes(again)).length).toBe(0);
    // The gzip copy has its own tag: a cache holding brotli bytes is not told they are the gzip copy.
    const gz = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.get('etag')! });
    expect(gz.status).toBe(200);
  });

  it('answers a missing asset with 404, client-side routes with the app, and never serves the build manifest', async () => {
    const missing = await get('/assets/nope-123.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('Not found');
    for (const route of ['/', '/secrets/main', '/.vite/manifest.json', '/assets/../.vite/manifest.json']) {
      const res = await get(route);
      expect(res.status, route).toBe(200);
      expect(res.headers.get('cache-control'), route).toBe('no-cache');
      expect(await res.text(), route).toContain('<div id="root">');
    }
    expect(await (await get('/favicon.svg')).text()).toContain('<svg');
  });
});

describe('API answers over 1 KB', () => {
  const big = { resources: Array.from({ length: 50 }, (_, i) => ({ name: `secret-${i}`, createdAt: '2026-11-23T10:00:00Z' })) };
  const api = new Hono();
  api.use('/api/*', compressJson());
  api.get('/api/big', (c) => c.json(big));
  api.get('/api/small', (c) => c.json({ ok: true }));

  it('are compressed as the client accepts, and small ones are left alone', async () => {
    const br = await api.request('/api/big', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bytes(br);
    expect(Number(br.headers.get('content-length'))).toBe(body.length);
    expect(JSON.parse(zlib.brotliDecompressSync(body).toString('utf8'))).toEqual(big);

    const gz = await api.request('/api/big', { headers: { 'accept-encoding': 'gzip' } });
    expect(JSON.parse(zlib.gunzipSync(await bytes(gz)).toString('utf8'))).toEqual(big);

    const plain = await api.request('/api/big');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(big);

    const small = await api.request('/api/small', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ ok: true });
  });
});

describe('app pages without a connection', () => {
  const withDefault = (name: string, manifest?: object) => {
    const hono = new Hono();
    const dir = tempDir('aicore-static-');
    if (manifest) {
      fs.mkdirSync(path.join(dir, '.vite'));
      fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    }
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html><head><title>Console</title></head><body><div id="root"></div></body></html>',
    );
    fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    mountStatic(hono, dir, { defaultConnection: () => name, connectionNames: () => [name, 'x"><script>'] });
    return (p: string) => hono.request(p, { redirect: 'manual' });
  };

  it("are the default connection's page at once, no redirect: the page names the connection and preloads its calls", async () => {
    const open = withDefault('dev stage', { [PAGE_MODULES.overview]: { file: 'assets/overview-page-1.js' } });
    const named = async (p: string) => {
      const res = await open(p);
      expect(res.status).toBe(200);
      expect(res.headers.get('location')).toBeNull();
      const html = await res.text();
      return {
        connection: /<meta name="console-connection" content="([^"]*)">/.exec(html)?.[1],
        preloads: [...html.matchAll(/<link rel="(?:module)?preload" href="([^"]+)"/g)].map((m) => m[1]),
      };
    };
    const summary = ['/api/c/dev%20stage/console', '/api/c/dev%20stage/summary'];
    expect(await named('/map?filter=llm')).toEqual({ connection: 'dev%20stage', preloads: summary });
    expect(await named('/')).toEqual({ connection: 'dev%20stage', preloads: [...summary, '/assets/overview-page-1.js'] });
    expect(await named('/index.html')).toEqual(await named('/'));
    expect(await named('/secrets/groups/team-vision')).toEqual({ connection: 'dev%20stage', preloads: ['/api/c/dev%20stage/console'] });
    // A connection's own page is named by its address: no meta.
    expect((await named('/c/dev%20stage/')).connection).toBeUndefined();
  });

  it("leave a connection's own pages and the build's files alone", async () => {
    const open = withDefault('dev');
    const page = await open('/c/dev/map');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await open('/favicon.svg')).status).toBe(200);
    // A protocol-relative path is answered here, never sent elsewhere.
    const odd = await open('//evil.example/x');
    expect(odd.status).toBe(200);
    expect(odd.headers.get('location')).toBeNull();
  });

  it("preload the page's first API calls, for the connections there are and no other name", async () => {
    const open = withDefault('dev');
    const preloads = async (p: string) =>
      [...(await (await open(p)).text()).matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g)].map((m) => m[1]);
    expect(await preloads('/c/dev/map')).toEqual(['/api/c/dev/console', '/api/c/dev/summary']);
    expect(await preloads('/c/dev/')).toEqual(['/api/c/dev/console', '/api/c/dev/summary']);
    expect(await preloads('/c/dev/secrets/main')).toEqual(['/api/c/dev/console']);
    expect(await preloads('/c/other/map')).toEqual([]);
    // A name with markup in it is written encoded, never as markup.
    const odd = await (await open(`/c/${encodeURIComponent('x"><script>')}/map`)).text();
    expect(odd).not.toContain('<script>');
    expect(odd).toContain('/api/c/x%22%3E%3Cscript%3E/console');
  });

  it("fetch the page's own code with the entry: its chunks, not the entry's, not another page's", async () => {
    // A manifest as Vite writes it: the entry imports a shared chunk; the map imports that and its own.
    const open = withDefault('dev', {
      'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_shared-1.js'] },
      '_shared-1.js': { file: 'assets/shared-1.js' },
      '_modal-1.js': { file: 'assets/modal-1.js', imports: ['index.html'] },
      [PAGE_MODULES.map]: {
        file: 'assets/tenant-map-page-1.js',
        imports: ['index.html', '_shared-1.js', '_modal-1.js'],
      },
      [PAGE_MODULES.overview]: { file: 'assets/overview-page-1.js', imports: ['index.html'] },
    });
    const links = async (p: string) =>
      [...(await (await open(p)).text()).matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"[^>]*>/g)]
        .map((m) => `${m[1]} ${m[2]}`)
        .filter((l) => !l.includes('/api/'));
    expect(await links('/c/dev/map')).toEqual(['modulepreload /assets/tenant-map-page-1.js', 'modulepreload /assets/modal-1.js']);
    expect(await links('/c/dev/')).toEqual(['modulepreload /assets/overview-page-1.js']);
    expect(await links('/c/dev/activity')).toEqual([]);
    expect(await links('/c/other/map')).toEqual([]);
  });

  it('name page modules the app really imports', () => {
    const routes = fs.readFileSync(path.resolve('src/web/app/routes.ts'), 'utf8');
    for (const module of Object.values(PAGE_MODULES)) {
      const relative = `../${path.relative('src/web', module).replace(/\.tsx$/, '')}`;
      expect(routes).toContain(`import('${relative}')`);
    }
  });
});
