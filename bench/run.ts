// `npm run bench`: starts what it needs, measures, prints a table, and writes the figures as JSON (--out FILE).
// Every figure is a median over repeated runs, with min and max; comparisons are made in the same run.
// The figures themselves live one per file, listed in bench/figures.ts.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright';
import { launch } from './browser';
import type { BenchContext } from './context';
import { benches } from './figures';
import { printTable, type Figure } from './stats';

const { values } = parseArgs({ options: { out: { type: 'string' }, quick: { type: 'boolean' }, only: { type: 'string' } } });
const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : null;
const log = (s: string) => console.error(`bench: ${s}`);

let browser: Promise<Browser> | undefined;
let built: Promise<void> | undefined;
const ctx: BenchContext = {
  quick: Boolean(values.quick),
  log,
  browser: () => (browser ??= launch()),
  built: () =>
    (built ??= (async () => {
      log('vite build');
      const { build } = await import('vite');
      await build({ logLevel: 'error' });
    })()),
};

const started = Date.now();
const figures: Figure[] = [];
const loaded = await Promise.all(benches.map(async (load) => (await load()).default));
const unknown = only ? [...only].filter((name) => !loaded.some((b) => b.name === name)) : [];
if (unknown.length) throw new Error(`--only: no figure file named ${unknown.join(', ')} (known: ${loaded.map((b) => b.name).join(', ')})`);
try {
  for (const bench of loaded) {
    if (only && !only.has(bench.name)) continue;
    log(bench.name);
    figures.push(...(await bench.run(ctx)));
  }
} finally {
  if (browser) await (await browser).close();
}

printTable(figures);
console.log(
  `\n${figures.filter((f) => f.met === false).length} of ${figures.filter((f) => f.met !== undefined).length} goals missed; bench took ${Math.round((Date.now() - started) / 1000)} s on ${process.platform} ${process.arch}, Node ${process.version}`,
);
for (const f of figures.filter((x) => x.note)) console.log(`note: ${f.name}: ${f.note}`);
if (values.out) {
  fs.writeFileSync(values.out, JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2));
  console.log(`figures written to ${values.out}`);
}
