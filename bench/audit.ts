// What the activity log adds to a write: the same creates and deletes through a console without a log and
// through consoles with the embedded log (a file, fsync'd) and with PostgreSQL, one after the other, all
// in front of one emulator. The added time is the paired difference: each write minus its neighbour
// without the log, so what the shared machine did meanwhile mostly cancels out.
import fs from 'node:fs';
import path from 'node:path';
import { textToBase64 } from '../src/contract';
import { FileAuditStore } from '../src/server/console/audit/file-store';
import { PgAuditStore } from '../src/server/console/audit/pg-store';
import type { AuditStore } from '../src/server/console/audit/types';
import { startConsole } from '../src/server/console/server';
import { startEmulator } from '../src/server/emulator/server';
import { startPostgres } from '../src/server/testing/postgres';
import { summarize, type Figure } from './stats';

type Options = { quick: boolean; log: (line: string) => void };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};
const single = (name: string, unit: string, value: number, note?: string): Figure => ({ name, unit, ...summarize([value]), note });

export async function auditFigures({ quick, log }: Options): Promise<Figure[]> {
  // On the project's disk, not a tmpfs: the fsync is what is measured.
  const dir = path.resolve('.tmp/bench-audit');
  fs.rmSync(dir, { recursive: true, force: true });
  const pg = await startPostgres();
  const emulator = await startEmulator({
    dataDir: path.join(dir, 'emulator'),
    seed: false,
    port: 0,
    replicationDelayMs: 0,
    resyncIntervalMs: 0,
  });
  const stores: { label: string; store: AuditStore | undefined }[] = [
    { label: 'none', store: undefined },
    { label: 'embedded', store: FileAuditStore.open(path.join(dir, 'activity')) },
    { label: 'PostgreSQL', store: await PgAuditStore.open(await pg.createDatabase('bench')) },
  ];
  const consoles = await Promise.all(
    stores.map(({ store }) => startConsole({ serviceKey: emulator.serviceKey, mode: 'upstream', port: 0, audit: store, log: () => {} })),
  );
  const write = async (base: string, method: string, urlPath: string, body?: unknown) => {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/v2${urlPath}`, {
      method,
      headers: { 'x-console-request': '1', 'content-type': 'application/json', 'AI-Tenant-Scope': 'true' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${method} ${urlPath}: HTTP ${res.status}`);
    return performance.now() - t0;
  };
  try {
    const rounds = quick ? 100 : 400;
    const times = stores.map(() => [] as number[]);
    log(`activity log: ${rounds} creates and deletes through each console, alternating`);
    for (let i = 0; i < rounds + 20; i++) {
      for (let s = 0; s < consoles.length; s++) {
        const name = `bench-${s}-${i}`;
        const created = await write(consoles[s]!.url, 'POST', '/admin/secrets', { name, data: { value: textToBase64(`v-${i}`) } });
        const deleted = await write(consoles[s]!.url, 'DELETE', `/admin/secrets/${name}`);
        if (i >= 20) times[s]!.push(created, deleted); // the first rounds warm up connections and the JIT
      }
    }
    const plain = times[0]!;
    const figures: Figure[] = [];
    for (let s = 1; s < stores.length; s++) {
      const added = times[s]!.map((t, i) => t - plain[i]!);
      const label = stores[s]!.label;
      figures.push(
        single(
          `activity log (${label}): time added to a write, p50`,
          'ms',
          percentile(added, 50),
          `write p50 ${percentile(times[s]!, 50).toFixed(2)} ms vs ${percentile(plain, 50).toFixed(2)} ms without the log`,
        ),
        single(`activity log (${label}): time added to a write, p99`, 'ms', percentile(added, 99), `${added.length} paired writes`),
      );
    }
    return figures;
  } finally {
    await Promise.all(consoles.map((c) => c.close()));
    for (const { store } of stores) await store?.close();
    await emulator.close();
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** For a runner that loads one file per figure: `{ name, run }`. */
export default { name: 'audit', run: (ctx: Options) => auditFigures(ctx) };
