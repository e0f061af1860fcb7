// The server's side of the drawn overview (decision 0076): when it draws, what the page carries, and that a
// page always goes out, undrawn, when the answers are slow or missing or the drawing fails. The renderer here
// is a small module written into the build folder as `vite build` writes the real one (its output and its
// hydration are the browser stories' part: e2e/drawn-first-page.spec.ts).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/emulator-fixture';
import { FIRST_SCREEN_DATA_ID, type FirstScreenData } from '../../../contract/first-screen';
import { jsonForScript } from './first-screen';
import { mountStatic } from './static';

const INDEX = '<!doctype html><html><head><title>Console</title></head><body><div id="root"></div></body></html>';

function build(renderer: string) {
  const dir = tempDir('aicore-first-screen-');
  fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
  fs.mkdirSync(path.join(dir, '.ssr'));
  fs.writeFileSync(path.join(dir, '.ssr', 'entry-server.js'), renderer);
  // An ES module, as the real one is under the project's package.json.
  fs.writeFileSync(path.join(dir, '.ssr', 'package.json'), '{"type":"module"}');
  return dir;
}

// Draws the address and the summary's count, as the real renderer draws from the answers it is given.
const DRAWS = `export async function renderFirstScreen(address, data) { return '<main><h2>Overview</h2><p>' + address + ' ' + data.summary.main.length + '</p></main>'; }`;

async function consoleWith(renderer: string, firstScreen: (c: unknown, segment: string) => Promise<FirstScreenData | null>) {
  const app = new Hono();
  const asked: string[] = [];
  mountStatic(app, build(renderer), {
    defaultConnection: () => 'dev',
    connectionNames: () => ['dev', 'a b'],
    firstScreen: (c, segment) => {
      asked.push(segment);
      return firstScreen(c, segment);
    },
  });
  // The renderer loads in the background, as at a console's start.
  await new Promise((r) => setTimeout(r, 200));
  return { app, asked };
}

const answers = (main: unknown[]): FirstScreenData => ({ status: { mode: 'emulator' }, summary: { main } });
const root = (html: string) => /<div id="root">(.*?)<\/div>(?=<script|<\/body>)/s.exec(html)?.[1] ?? null;
const carried = (html: string) =>
  JSON.parse(
    new RegExp(`<script type="application/json" id="${FIRST_SCREEN_DATA_ID}">(.*?)</script>`, 's').exec(html)![1]!,
  ) as FirstScreenData;

describe('the overview drawn on the server', () => {
  it('goes with the drawn markup and the answers it was drawn from, never stored, compressed as accepted', async () => {
    // Enough to be worth compressing (over 1 KB).
    const main = Array.from({ length: 60 }, (_, i) => ({ name: `secret-${i}`, labels: [{ key: 'ext.ai.sap.com/team', value: 'ml' }] }));
    const { app } = await consoleWith(DRAWS, async () => answers(main));
    for (const [p, address] of [
      ['/', '/c/dev/'],
      ['/c/dev/', '/c/dev/'],
      ['/c/dev', '/c/dev/'],
      ['/c/a%20b/?x=1', '/c/a%20b/?x=1'],
    ] as const) {
      const res = await app.request(p, { headers: { 'accept-encoding': 'br' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control'), p).toBe('no-store');
      expect(res.headers.get('content-encoding')).toBe('br');
      const html = zlib.brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
      expect(root(html), p).toBe(`<main><h2>Overview</h2><p>${address} 60</p></main>`);
      expect(carried(html)).toEqual(answers(main));
      // Its answers are inside: the page does not preload them as the undrawn page does.
      expect(html).not.toContain('as="fetch"');
    }
    // The address without a connection still names it for the app.
    expect(await (await app.request('/')).text()).toContain('<meta name="console-connection" content="dev">');
  });

  it('goes undrawn, with its preloads, when the answers do not come in time, are missing, or the drawing fails', async () => {
    const slow = await consoleWith(DRAWS, () => new Promise<never>(() => {}));
    const missing = await consoleWith(DRAWS, async () => null);
    const failing = await consoleWith(DRAWS, async () => Promise.reject(new Error('upstream down')));
    const throwing = await consoleWith(`export async function renderFirstScreen() { throw new Error('bad answers'); }`, async () =>
      answers([]),
    );
    for (const { app } of [slow, missing, failing, throwing, slow]) {
      const res = await app.request('/c/dev/');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const html = await res.text();
      expect(root(html)).toBe('');
      expect(html).not.toContain(FIRST_SCREEN_DATA_ID);
      expect(html).toContain('<link rel="preload" href="/api/c/dev/summary" as="fetch" crossorigin>');
    }
    // A connection that missed the budget is not asked again for a while: its pages go at once, undrawn.
    expect(slow.asked).toEqual(['dev']);
    expect(missing.asked).toEqual(['dev']);
    // Another connection of the same console is still drawn when it can be.
    await slow.app.request('/c/a%20b/');
    expect(slow.asked).toEqual(['dev', 'a%20b']);
  });

  it('draws only the overview, only for GET, and only for a known connection', async () => {
    const { app, asked } = await consoleWith(DRAWS, async () => answers([]));
    for (const p of ['/map', '/c/dev/map', '/c/dev/secrets/main', '/c/unknown/']) {
      const html = await (await app.request(p)).text();
      expect(root(html), p).toBe('');
    }
    expect((await app.request('/c/dev/', { method: 'HEAD' })).headers.get('cache-control')).toBe('no-cache');
    expect(asked).toEqual([]);
  });

  it('without a renderer in the build, every page goes undrawn and no answer is asked for', async () => {
    const app = new Hono();
    const dir = tempDir('aicore-first-screen-');
    fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
    let asked = 0;
    mountStatic(app, dir, { connectionNames: () => ['dev'], firstScreen: async () => (asked++, answers([])) });
    expect(root(await (await app.request('/c/dev/')).text())).toBe('');
    expect(asked).toBe(0);
  });
});

describe('the answers inside the page', () => {
  it('cannot close their element or open a comment, and read back as they were', () => {
    const tricky = { label: '</script><script>alert(1)</script><!-- \u2028\u2029 & > "' };
    const text = jsonForScript(tricky);
    expect(text).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(text)).toEqual(tricky);
  });
});
