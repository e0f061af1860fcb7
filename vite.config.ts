/// <reference types="vitest/config" />
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin } from 'vite';
import { COLOR_SCHEME_SCRIPT } from './src/server/console/http/color-scheme-script';

const brotli = promisify(zlib.brotliCompress);
const OVERVIEW = /[\\/]src[\\/]web[\\/]features[\\/]overview[\\/]overview-page\.tsx$/;
const gzip = promisify(zlib.gzip);

/**
 * Brotli and gzip copies (`x.br`, `x.gz`) of the build's text files over 1 KB, at the highest levels, for
 * the console server to send as they are (src/server/console/http/static.ts): no compression per request.
 * A few lines with node:zlib rather than a plugin dependency (docs/decisions/0045).
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
    closeBundle: async () => {
      const files = (fs.readdirSync(outDir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
        .filter((d) => d.isFile() && /\.(?:js|css|html|svg|json|txt)$/.test(d.name) && !d.parentPath.includes(`${path.sep}.`))
        .map((d) => path.join(d.parentPath, d.name))
        .filter((file) => fs.statSync(file).size >= 1024);
      await Promise.all(
        files.map(async (file) => {
          const raw = fs.readFileSync(file);
          const [br, gz] = await Promise.all([
            brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
            gzip(raw, { level: 9 }),
          ]);
          if (br.length < raw.length) fs.writeFileSync(`${file}.br`, br);
          if (gz.length < raw.length) fs.writeFileSync(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * The page's icon written into index.html as a data: URL (from public/favicon.svg, which stays the source
 * and is still served): the browser asks for no file while the first page loads (decision 0075). And the
 * color-scheme script (src/server/console/http/color-scheme-script.ts).
 */
function inlineIcon(): Plugin {
  return {
    name: 'inline-icon',
    transformIndexHtml: (html) => {
      const svg = fs.readFileSync(path.resolve('public/favicon.svg'), 'utf8').trim();
      const url = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      // And the color scheme set before the first paint (the CSP allows this one inline script by its hash).
      return html.replace('href="/favicon.svg"', `href="${url}"`).replace('<title>', `<script>${COLOR_SCHEME_SCRIPT}</script><title>`);
    },
  };
}

const alias = [{ find: /^use-sync-external-store\/shim\/index\.js$/, replacement: path.resolve('src/web/lib/use-sync-external-store.ts') }];

/**
 * The server's renderer of the first screen (src/web/entry-server.tsx), built after the app into
 * `dist/.ssr/` (a dot folder: never served, src/server/console/http/static.ts): one `vite build` makes both,
 * for every caller (npm run build, npm start, the tests, the bench). Everything it imports is bundled, so that
 * the production install (`npm ci --omit=dev`, without React or Mantine) runs it (decision 0076).
 */
function firstScreenRenderer(): Plugin {
  let outDir = 'dist';
  return {
    name: 'first-screen-renderer',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
    closeBundle: {
      sequential: true,
      order: 'post',
      handler: async () => {
        await build({
          configFile: false,
          logLevel: 'warn',
          plugins: [react()],
          resolve: { alias },
          // React's production build, as in the browser.
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
          ssr: { noExternal: true },
          build: {
            ssr: path.resolve('src/web/entry-server.tsx'),
            outDir: path.join(outDir, '.ssr'),
            emptyOutDir: true,
            copyPublicDir: false,
            minify: false,
            rolldownOptions: { output: { entryFileNames: 'entry-server.js' } },
          },
        });
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress(), inlineIcon(), firstScreenRenderer()],
  resolve: { alias },
  // `npm run dev` serves only what the app needs; key files and the emulator's data never (decision 0014).
  // src/server/console/http/dev-guard.ts refuses them in front of Vite too.
  server: {
    fs: {
      strict: true,
      allow: ['src', 'node_modules', 'public', 'index.html'],
      deny: ['.env', '.env.*', '*.{crt,cer,pem,key,p12,pfx,jks}', '**/.data/**', '**/service-key*.json', '**/.git/**'],
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 700,
    // No polyfill in the first page: a browser without <link rel="modulepreload"> (Safari before 17) only
    // loads a route's code without that head start.
    modulePreload: { polyfill: false },
    // dist/.vite/manifest.json: the chunks each route imports (e2e/first-page.spec.ts reads it).
    manifest: true,
    rolldownOptions: {
      // src/contract only declares (rules, schemas, readers): a file of it whose exports a page does not use
      // is left out, so that importing the contract's index for a reader does not bring zod's schemas (and
      // zod) into the first page (docs/decisions/0056). Everything else as its package.json says.
      treeshake: { moduleSideEffects: (id) => (/[\\/]src[\\/]contract[\\/]/.test(id) ? false : undefined) },
      // Everything the entry imports statically is one file: the first page needs all of it anyway, and a
      // dozen small shared chunks compress worse than one (and each is a request).
      output: {
        // The Mantine groups' chunks are named after every page that shares them: too long for a file name.
        chunkFileNames: (chunk) => (chunk.name.startsWith('mantine~') ? 'assets/mantine-[hash].js' : 'assets/[name]-[hash].js'),
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'], priority: 2 },
            // What the overview (the usual first page) imports beyond the entry: one file, not a dozen. The
            // page itself stays its own chunk, named in the manifest (e2e/first-page.spec.ts reads it).
            {
              name: (id, ctx) =>
                ctx.getModuleInfo(id)?.importers.some((i) => OVERVIEW.test(i)) && !OVERVIEW.test(id) ? 'overview-deps' : null,
              priority: 1,
            },
            // Mantine beyond the entry, by the set of pages that use it, small sets merged with a neighbour:
            // left to itself the bundler makes a chunk of every set, down to 48 bytes, and a page such as the
            // tenant map then waits for a dozen requests over the browser's six connections (decision 0073).
            {
              name: 'mantine',
              test: /node_modules[\\/]@mantine[\\/]/,
              entriesAware: true,
              entriesAwareMergeThreshold: 16_000,
              priority: 0,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/results/vitest.json' },
  },
});
