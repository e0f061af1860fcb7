// `npm run bench`: starts what it needs, measures, prints a table, and writes the figures as JSON (--out FILE).
// Every figure is a median over repeated runs, with min and max; comparisons are made in the same run.
import fs from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { textToBase64 } from '../src/contract';
import { filterKeystroke, firstPageBundle, launch, listLoad, mapRenderAndScroll } from './browser';
import { memoryOf, pool, startConsole, startEmulator } from './processes';
import { figure, percentile, printTable, type Figure } from './stats';

const { values } = parseArgs({ options: { out: { type: 'string' }, quick: { type: 'boolean' } } });
const quick = Boolean(values.quick);
const figures: Figure[] = [];
const log = (s: string) => console.error(`bench: ${s}`);

const consoleApi =
  (base: string) =>
  async (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) => {
    const res = await fetch(`${base}/api/v2${path}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: { 'x-console-request': '1', 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
const MAIN = { 'AI-Tenant-Scope': 'true' };
const TW = { 'AI-Tenant-Scope': 'true', 'AI-Resource-Group': '*' };
const group = (id: string) => ({ 'AI-Resource-Group': id });
const secretBody = (name: string) => ({ name, data: { value: textToBase64(`value of ${name}`) } });

async function build() {
  log('vite build');
  const { build } = await import('vite');
  await build({ logLevel: 'error' });
}

async function browserFigures() {
  const browser = await launch();
  try {
    // The demo tenant, as a new user sees it.
    const demo = await startConsole(null);
    try {
      const bundles = [];
      for (let i = 0; i < 3; i++) bundles.push(await firstPageBundle(browser, demo.url));
      figures.push(
        figure(
          'first page JavaScript (gzip)',
          'KB',
          bundles.map((b) => b.js / 1024),
          { text: '< 200 KB', ok: (m) => m < 200 },
        ),
      );
      figures.push(
        figure(
          'first page CSS (gzip)',
          'KB',
          bundles.map((b) => b.css / 1024),
        ),
      );
      const loads = [];
      for (let i = 0; i < (quick ? 3 : 7); i++) loads.push(await listLoad(browser, `${demo.url}/secrets/main`, 'object-store-main'));
      figures.push(figure('load: navigation to secret list visible (cold)', 'ms', loads, { text: '< 1000 ms', ok: (m) => m < 1000 }));
    } finally {
      await demo.proc.kill();
    }

    // Scale: a group of 5,000 secrets, and a tenant map of 200 groups by 60 names.
    const emulator = await startEmulator(['--max-groups', '250']);
    const con = await startConsole(emulator);
    try {
      const api = consoleApi(con.url);
      log('seeding 5,000 secrets in one group');
      await api('/admin/resourceGroups', { body: { resourceGroupId: 'big-group' } });
      const names = Array.from({ length: 5000 }, (_, i) => `secret-${String(i).padStart(4, '0')}`);
      await pool(names, 16, (n) => api('/admin/secrets', { headers: group('big-group'), body: secretBody(n) }));

      const firstRows: number[] = [];
      for (let i = 0; i < (quick ? 3 : 5); i++)
        firstRows.push(await listLoad(browser, `${con.url}/secrets/groups/big-group`, 'secret-0000'));
      figures.push(figure('5,000-secret group: time to first rows', 'ms', firstRows));

      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${con.url}/secrets/groups/big-group`);
      await page.getByRole('row').filter({ hasText: 'secret-0000' }).waitFor();
      // The first keystroke loads the whole scope once; later ones filter in the browser.
      await page.getByRole('textbox', { name: 'Filter by name' }).press('1');
      await page.getByText(/of 5000 secrets match/).waitFor();
      const keystrokes: number[] = [];
      for (const key of ['2', 'Backspace', '3', 'Backspace', '4', 'Backspace', '5', 'Backspace', '6', 'Backspace'])
        keystrokes.push(await filterKeystroke(page, key));
      await context.close();
      figures.push(
        figure('5,000-secret group: filter keystroke to updated rows', 'ms', keystrokes, { text: '< 100 ms', ok: (m) => m < 100 }),
      );

      log('seeding a tenant of 200 groups and 60 names');
      // default and big-group exist: 198 more make 200.
      const groups = Array.from({ length: 198 }, (_, i) => `group-${String(i).padStart(3, '0')}`);
      await pool(groups, 8, (id) => api('/admin/resourceGroups', { body: { resourceGroupId: id } }));
      for (let i = 0; i < 5; i++) await api('/admin/secrets', { headers: TW, body: secretBody(`tenant-wide-${i}`) });
      const groupOnly = Array.from({ length: 54 }, (_, i) => i);
      await pool(groupOnly, 8, (i) =>
        api('/admin/secrets', { headers: group(groups[(i * 7) % groups.length]!), body: secretBody(`group-only-${i}`) }),
      );
      // big-group's 5,000 would add rows: move it out of the map.
      await api('/admin/resourceGroups/big-group', { method: 'DELETE' });
      await api('/admin/resourceGroups', { body: { resourceGroupId: 'group-198' } });
      await api('/admin/secrets', { headers: group('group-000'), body: secretBody('group-only-54') });

      const maps = [];
      for (let i = 0; i < 3; i++) maps.push(await mapRenderAndScroll(browser, con.url, 60));
      figures.push(
        figure(
          'tenant map 200 groups x 60 names: render',
          'ms',
          maps.map((m) => m.renderMs),
        ),
      );
      figures.push(
        figure(
          'tenant map: longest task while scrolling',
          'ms',
          maps.map((m) => m.longestTaskMs),
          { text: 'no task > 100 ms', ok: (m) => m <= 100 },
          `${maps.map((m) => m.longTasks).join('/')} long tasks (>50 ms) per run`,
        ),
      );
    } finally {
      await con.proc.kill();
      await emulator.proc.kill();
    }
  } finally {
    await browser.close();
  }
}

/** Latencies (ms) of `count` GETs sent one after another on one keep-alive connection. */
async function sequentialLatencies(url: string, headers: Record<string, string>, count: number): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const t0 = performance.now();
      http
        .get(url, { headers, agent }, (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`HTTP ${res.statusCode}`))));
        })
        .on('error', reject);
    });
  const times: number[] = [];
  for (let i = 0; i < Math.min(100, count / 4); i++) await once(); // warm-up
  for (let i = 0; i < count; i++) times.push(await once());
  agent.destroy();
  return times;
}

/** The same request mix straight to an emulator and through a console in front of it, alternating. */
async function compareProxy(emulatorFlags: string[], sequential = 1000) {
  const emulator = await startEmulator(emulatorFlags);
  const con = await startConsole(emulator);
  try {
    const api = consoleApi(con.url);
    for (let i = 0; i < 50; i++) await api('/admin/secrets', { headers: MAIN, body: secretBody(`mix-${i}`) });
    const run = (base: string, prefix: string, headers: Record<string, string>) =>
      autocannon({
        url: base,
        connections: 10,
        duration: quick ? 3 : 5,
        requests: [
          { method: 'GET', path: `${prefix}/v2/admin/secrets?$top=20&$count=true`, headers: { ...MAIN, ...headers } },
          { method: 'GET', path: `${prefix}/v2/admin/secrets/mix-7`, headers: { ...MAIN, ...headers } },
        ],
      });
    const straight = () => run(emulator.url, '', { authorization: `Bearer ${emulator.token}` });
    const through = () => run(con.url, '/api', {});
    const direct: autocannon.Result[] = [];
    const proxied: autocannon.Result[] = [];
    // Warm both, then alternate so that both see the same machine.
    await straight();
    await through();
    for (let i = 0; i < 3; i++) {
      direct.push(await straight());
      proxied.push(await through());
    }
    // Latency at microsecond resolution: one keep-alive connection, requests one after another.
    const added50: number[] = [];
    const added99: number[] = [];
    for (let i = 0; i < 3; i++) {
      const d = await sequentialLatencies(
        `${emulator.url}/v2/admin/secrets/mix-7`,
        { ...MAIN, authorization: `Bearer ${emulator.token}` },
        sequential,
      );
      const p = await sequentialLatencies(`${con.url}/api/v2/admin/secrets/mix-7`, MAIN, sequential);
      added50.push(percentile(p, 50) - percentile(d, 50));
      added99.push(percentile(p, 99) - percentile(d, 99));
    }
    const errors = [...direct, ...proxied].reduce((n, r) => n + r.errors + r.non2xx, 0);
    return { direct, proxied, added50, added99, errors };
  } finally {
    await con.proc.kill();
    await emulator.proc.kill();
  }
}

async function proxyFigures() {
  const local = await compareProxy([]);
  const ratio = (c: typeof local) => c.proxied.map((r, i) => (100 * r.requests.average) / c.direct[i]!.requests.average);
  figures.push(
    figure(
      'direct to emulator: throughput',
      'req/s',
      local.direct.map((r) => r.requests.average),
    ),
  );
  figures.push(
    figure(
      'through the proxy: throughput',
      'req/s',
      local.proxied.map((r) => r.requests.average),
    ),
  );
  figures.push(
    figure('proxy throughput / direct', '%', ratio(local), { text: '>= 80 %', ok: (m) => m >= 80 }, `${local.errors} errors or non-2xx`),
  );
  figures.push(figure('latency added by the proxy, p50', 'ms', local.added50, { text: '< 2 ms', ok: (m) => m < 2 }));
  figures.push(figure('latency added by the proxy, p99', 'ms', local.added99));
  // The same with 5 ms of upstream latency, as a real AI Core across a network has at the very least.
  const remote = await compareProxy(['--latency-ms', '5'], 200);
  figures.push(
    figure('with 5 ms upstream latency: proxy throughput / direct', '%', ratio(remote), undefined, `${remote.errors} errors or non-2xx`),
  );
  figures.push(figure('with 5 ms upstream latency: latency added, p50', 'ms', remote.added50));
}

async function emulatorFigures() {
  const emulator = await startEmulator(['--max-groups', '250']);
  try {
    const headers = { authorization: `Bearer ${emulator.token}`, 'content-type': 'application/json' };
    const call = async (path: string, init: { method?: string; h?: Record<string, string>; body?: unknown } = {}) => {
      const res = await fetch(`${emulator.url}/v2${path}`, {
        method: init.method ?? (init.body ? 'POST' : 'GET'),
        headers: { ...headers, ...init.h },
        body: init.body ? JSON.stringify(init.body) : undefined,
      });
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return res.json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    log('seeding 10,000 secrets');
    const names = Array.from({ length: 10_000 }, (_, i) => `s-${String(i).padStart(5, '0')}`);
    await pool(names, 16, (n) => call('/admin/secrets', { h: MAIN, body: secretBody(n) }));

    const p99s: number[] = [];
    for (let round = 0; round < 3; round++) {
      const times: number[] = [];
      for (let skip = 0; skip < 10_000; skip += 100) {
        const t0 = performance.now();
        const page = await call(`/admin/secrets?$top=100&$skip=${skip}&$count=true`, { h: MAIN });
        times.push(performance.now() - t0);
        if (page.resources.length !== 100) throw new Error('short page');
      }
      p99s.push(percentile(times, 99));
    }
    figures.push(figure('emulator: list 10,000 secrets, 100 a page (p99 of a page)', 'ms', p99s));

    log('replication: 5 tenant-wide secrets into 200 groups');
    const groups = Array.from({ length: 199 }, (_, i) => `rg-${String(i).padStart(3, '0')}`);
    await pool(groups, 8, (id) => call('/admin/resourceGroups', { body: { resourceGroupId: id } }));
    const replication: number[] = [];
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) await call('/admin/secrets', { h: TW, body: secretBody(`tw-${round}-${i}`) });
      for (;;) {
        const list = await call('/admin/secrets', { h: TW });
        const all = list.resources.every((s: { resourceGroupSecretsSyncStatus: Record<string, boolean> }) => {
          const values = Object.values(s.resourceGroupSecretsSyncStatus);
          return values.length === 200 && values.every(Boolean);
        });
        if (all) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      replication.push(performance.now() - t0);
      for (let i = 0; i < 5; i++) await call(`/admin/secrets/tw-${round}-${i}`, { method: 'DELETE', h: TW });
    }
    figures.push(figure('emulator: 5 tenant-wide secrets into 200 groups, until all in sync', 'ms', replication));
    const mem = memoryOf(emulator.proc.child.pid!);
    if (mem) {
      figures.push(figure('emulator: resident memory after the load', 'MiB', [mem.rssMiB]));
      figures.push(figure('emulator: peak resident memory', 'MiB', [mem.peakMiB]));
    }
  } finally {
    await emulator.proc.kill();
  }
}

const started = Date.now();
await build();
await browserFigures();
await proxyFigures();
await emulatorFigures();
printTable(figures);
console.log(
  `\n${figures.filter((f) => f.met === false).length} of ${figures.filter((f) => f.met !== undefined).length} targets missed; bench took ${Math.round((Date.now() - started) / 1000)} s on ${process.platform} ${process.arch}, Node ${process.version}`,
);
for (const f of figures.filter((x) => x.note)) console.log(`note: ${f.name}: ${f.note}`);
if (values.out) {
  fs.writeFileSync(values.out, JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2));
  console.log(`figures written to ${values.out}`);
}
