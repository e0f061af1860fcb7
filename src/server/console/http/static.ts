// The built app, served from memory: every file under the build folder is read once at start, with the
// brotli and gzip copies `vite build` made (vite.config.ts), and each answer picks the copy the browser
// accepts. Only files that exist in the build are ever served, so no request path reaches the file system.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Context, Hono } from 'hono';
import { FIRST_SCREEN_DATA_ID } from '../../../contract/first-screen';
import { compressOver } from './compress-json';
import {
  FIRST_SCREEN_BUDGET_MS,
  jsonForScript,
  loadRenderer,
  SLOW_CONNECTION_RESTS_MS,
  within,
  type FirstScreenData,
} from './first-screen';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHono = Hono<any>;

type Variant = { body: Buffer; etag: string };
type Entry = { type: string; identity: Variant; br?: Variant; gzip?: Variant };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const variant = (body: Buffer, tag: string): Variant => ({
  body,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}${tag}"`,
});

/** Reads the build: URL path -> file with its compressed copies. Dot folders (Vite's manifest) stay private. */
export function loadStaticFiles(dir: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (!d.isFile() || /\.(br|gz)$/.test(d.name)) continue;
    const file = path.join(d.parentPath, d.name);
    const rel = path.relative(dir, file).split(path.sep);
    if (rel.some((part) => part.startsWith('.'))) continue;
    const read = (suffix: string, tag: string) => (fs.existsSync(file + suffix) ? variant(fs.readFileSync(file + suffix), tag) : undefined);
    files.set(`/${rel.join('/')}`, {
      type: TYPES[path.extname(d.name)] ?? 'application/octet-stream',
      identity: variant(fs.readFileSync(file), ''),
      br: read('.br', '-br'),
      gzip: read('.gz', '-gz'),
    });
  }
  return files;
}

/** The encodings the client accepts, by Accept-Encoding's rules: absent or q=0 means no; `*` covers the rest. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  if (!header) return accepted;
  let wildcard: boolean | undefined;
  const refused = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (name === '*') wildcard = ok;
    else if (ok) accepted.add(name);
    else refused.add(name);
  }
  if (wildcard) for (const name of ['br', 'gzip']) if (!refused.has(name)) accepted.add(name);
  return accepted;
}

function send(c: Context, entry: Entry, cacheControl: string) {
  const accepted = acceptedEncodings(c.req.header('accept-encoding'));
  const [encoding, chosen] =
    entry.br && accepted.has('br') ? ['br', entry.br] : entry.gzip && accepted.has('gzip') ? ['gzip', entry.gzip] : [null, entry.identity];
  c.header('Content-Type', entry.type);
  c.header('Cache-Control', cacheControl);
  c.header('ETag', chosen.etag);
  // Caches must keep one copy per encoding, even of the uncompressed answer.
  if (entry.br || entry.gzip) c.header('Vary', 'Accept-Encoding');
  if (encoding) c.header('Content-Encoding', encoding);
  if (
    c.req
      .header('if-none-match')
      ?.split(',')
      .some((t) => t.trim() === chosen.etag)
  )
    return c.body(null, 304);
  c.header('Content-Length', String(chosen.body.length));
  if (c.req.method === 'HEAD') return c.body(null, 200);
  return c.body(chosen.body as Uint8Array<ArrayBuffer>, 200);
}

/**
 * Serves the build in `dir`: hashed assets cached for a year, other files revalidated, and every other GET
 * (a client-side route) answered with the app's index.html.
 */
/** A copy of an HTML entry with `extra` before `</head>`, compressed as the build's own copies are. */
function withHead(entry: Entry, extra: string): Entry {
  const html = Buffer.from(entry.identity.body.toString('utf8').replace('</head>', `${extra}</head>`));
  return {
    type: entry.type,
    identity: variant(html, ''),
    br: variant(zlib.brotliCompressSync(html), '-br'),
    gzip: variant(zlib.gzipSync(html), '-gz'),
  };
}

/**
 * What a page of connection `segment` needs first, to fetch beside the app's entry rather than after it:
 * the API answers it asks for (every page's shell reads the console's status; the overview and the map read
 * the tenant summary; the app's own `fetch` of the same URL then takes the preloaded answer), and the source
 * module that draws it (src/web/app/routes.ts), whose chunks the build's manifest names.
 */
function firstLoads(segment: string, rest: string): { calls: string[]; module?: string } {
  const api = `/api/c/${segment}`;
  const path = rest.replace(/\/+$/, '');
  if (path === '') return { calls: [`${api}/console`, `${api}/summary`], module: PAGE_MODULES.overview };
  if (path === '/map') return { calls: [`${api}/console`, `${api}/summary`], module: PAGE_MODULES.map };
  if (/^\/secrets\/(main|tenant-wide|groups\/[^/]+)$/.test(path)) return { calls: [`${api}/console`], module: PAGE_MODULES.secrets };
  if (path === '/resource-groups') return { calls: [`${api}/console`], module: PAGE_MODULES.resourceGroups };
  return { calls: [`${api}/console`] };
}

/** The source modules of the pages people open first (as src/web/app/routes.ts imports them). */
export const PAGE_MODULES = {
  overview: 'src/web/features/overview/overview-page.tsx',
  map: 'src/web/features/replication/tenant-map-page.tsx',
  secrets: 'src/web/features/secrets/secrets-page.tsx',
  resourceGroups: 'src/web/features/resource-groups/resource-groups-page.tsx',
};

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return null; // a build without a manifest: pages still work, their code loads when the app asks
  }
}

/**
 * The `<link>`s that fetch a page module's code with the app's entry: its chunk and the chunks it imports,
 * minus what the entry loads anyway. Without them the browser learns of the page's chunk only once the entry
 * has run. (Styles need none: the build makes one stylesheet, which index.html links; decision 0075.)
 */
function pageCodeLinks(manifest: Manifest | null, module: string | undefined): string {
  if (!manifest || !module || !manifest[module]) return '';
  const walk = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(key)) return;
    into.add(key);
    chunk.imports?.forEach((k) => walk(k, into));
  };
  const entry = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) walk(key, entry);
  const page = new Set<string>();
  walk(module, page);
  const chunks = [...page].filter((k) => !entry.has(k)).map((k) => manifest[k]!);
  return chunks.map((c) => `<link rel="modulepreload" href="/${c.file}">`).join('');
}

type StaticOptions = {
  /** The connection an app page without `/c/{name}` opens. */
  defaultConnection?: () => string | undefined;
  /** The connections' names: only a page of one of them gets preloads (its name is never echoed otherwise). */
  connectionNames?: () => readonly string[];
  /**
   * The overview's first answers for the request `c` on connection `segment` (encoded), read as the page
   * would read them, or null: with them, the overview is drawn on the server (first-screen.ts).
   */
  firstScreen?: (c: Context, segment: string) => Promise<FirstScreenData | null>;
  /** Where a renderer that would not load is reported. */
  onError?: (message: string) => void;
};

export function mountStatic(app: AnyHono, dir: string, options: StaticOptions = {}) {
  const files = loadStaticFiles(dir);
  const manifest = readManifest(dir);
  const index = files.get('/index.html');
  if (!index) throw new Error(`the console's build has no index.html in ${dir}: run \`npm run build\` first`);
  const immutable = 'public, max-age=31536000, immutable';
  const renderer = options.firstScreen ? loadRenderer(dir, options.onError ?? (() => {})) : () => null;
  /** Connections whose answers missed the budget lately, and until when their overview goes undrawn at once. */
  const slowUntil = new Map<string, number>();
  const pages = new Map<string, Entry>();
  /**
   * The app's HTML for the page at `rest` (the path inside the app) of connection `name`, with what it needs
   * first preloaded. `given`: the address does not name the connection (`/`, `/map`, links from before there
   * were connections), so the page names it for the app, which writes it into the address (app/boot.ts).
   */
  const pageFor = (name: string, rest: string, given: boolean): Entry => {
    // Written as the app writes it: encoded, so no quote or bracket of a name reaches the page.
    const segment = encodeURIComponent(name);
    const { calls, module } = firstLoads(segment, rest);
    const head =
      (given ? `<meta name="console-connection" content="${segment}">` : '') +
      calls.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`).join('') +
      pageCodeLinks(manifest, module);
    let page = pages.get(head);
    if (!page) {
      page = withHead(index, head);
      pages.set(head, page);
    }
    return page;
  };
  /**
   * The overview with its first screen drawn (first-screen.ts), or null to send it undrawn. Not stored:
   * it holds the tenant's data as this request may see it, and goes with `Cache-Control: no-store`.
   */
  const drawnPage = async (c: Context, name: string, rest: string, given: boolean) => {
    const render = renderer();
    if (!render || !options.firstScreen || c.req.method !== 'GET' || rest.replace(/\/+$/, '') !== '') return null;
    const segment = encodeURIComponent(name);
    if ((slowUntil.get(segment) ?? 0) > Date.now()) return null;
    const data = await within(options.firstScreen(c, segment), FIRST_SCREEN_BUDGET_MS, () =>
      slowUntil.set(segment, Date.now() + SLOW_CONNECTION_RESTS_MS),
    );
    if (!data) return null;
    const search = new URL(c.req.url).search;
    const markup = await render(`/c/${segment}${rest || '/'}${search}`, data).catch(() => null);
    if (markup === null) return null;
    // What the undrawn page's head has, but the answers' preloads: they come inside the page.
    const head = (given ? `<meta name="console-connection" content="${segment}">` : '') + pageCodeLinks(manifest, PAGE_MODULES.overview);
    const html = Buffer.from(
      index.identity.body
        .toString('utf8')
        .replace('</head>', `${head}</head>`)
        .replace(
          '<div id="root"></div>',
          `<div id="root">${markup}</div><script type="application/json" id="${FIRST_SCREEN_DATA_ID}">${jsonForScript(data)}</script>`,
        ),
    );
    const accepted = acceptedEncodings(c.req.header('accept-encoding'));
    const wanted = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
    const { body, encoding } = wanted ? await compressOver(html, wanted) : { body: html, encoding: null };
    c.header('Content-Type', index.type);
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Accept-Encoding');
    if (encoding) c.header('Content-Encoding', encoding);
    c.header('Content-Length', String(body.length));
    return c.body(body as Uint8Array<ArrayBuffer>, 200);
  };
  /** The app's page at `rest` of connection `name`: drawn when it can be, else with its preloads. */
  const page = async (c: Context, name: string, rest: string, given: boolean) =>
    (await drawnPage(c, name, rest, given)) ?? send(c, pageFor(name, rest, given), 'no-cache');
  /** The known connection an app address names, and the path inside it. */
  const connectionOf = (pathname: string): { name: string; rest: string } | undefined => {
    const m = /^\/c\/([^/]+)(\/.*)?$/.exec(pathname);
    if (!m || !options.connectionNames) return undefined;
    // Known names only (the path may come decoded or not): no other name is ever echoed into a page.
    const name = options.connectionNames().find((n) => n === m[1] || encodeURIComponent(n) === m[1]);
    return name === undefined ? undefined : { name, rest: m[2] ?? '' };
  };
  app.on(['GET', 'HEAD'], '/assets/*', (c) => {
    const entry = files.get(c.req.path);
    // A missing asset is a 404, never the app's HTML under a script's name.
    return entry ? send(c, entry, immutable) : c.text('Not found', 404);
  });
  app.on(['GET', 'HEAD'], '*', async (c) => {
    const entry = c.req.path === '/index.html' ? undefined : files.get(c.req.path);
    // An app page without a connection (`/`, `/map`, links from before there were connections) is the
    // default connection's page, answered at once rather than redirected (a round trip before anything can
    // load): the page names the connection and the app puts it into the address (src/web/app/boot.ts).
    const connection = entry || c.req.path.startsWith('/c/') ? undefined : options.defaultConnection?.();
    if (connection !== undefined) return page(c, connection, c.req.path === '/index.html' ? '/' : c.req.path, true);
    if (entry) return send(c, entry, 'no-cache');
    // Client-side routes: every other GET gets the app, with its first API calls preloaded.
    const named = connectionOf(c.req.path);
    return named ? page(c, named.name, named.rest, false) : send(c, index, 'no-cache');
  });
}
