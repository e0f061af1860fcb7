// The emulator alone: paging through 10,000 secrets, tenant-wide fan-out into 200 groups, and its memory.
import { emulatorApi, MAIN, secretBody, TW } from './api';
import { defineBench } from './context';
import { memoryOf, pool, startEmulator } from './processes';
import { figure, percentile, type Figure } from './stats';

export default defineBench({
  name: 'emulator',
  run: async (ctx) => {
    const emulator = await startEmulator(['--max-groups', '250']);
    try {
      const call = emulatorApi(emulator.url, emulator.token);
      ctx.log('seeding 10,000 secrets');
      const names = Array.from({ length: 10_000 }, (_, i) => `s-${String(i).padStart(5, '0')}`);
      await pool(names, 16, (n) => call('/admin/secrets', { headers: MAIN, body: secretBody(n) }));

      const p99s: number[] = [];
      for (let round = 0; round < 3; round++) {
        const times: number[] = [];
        for (let skip = 0; skip < 10_000; skip += 100) {
          const t0 = performance.now();
          const page = await call(`/admin/secrets?$top=100&$skip=${skip}&$count=true`, { headers: MAIN });
          times.push(performance.now() - t0);
          if (page.resources.length !== 100) throw new Error('short page');
        }
        p99s.push(percentile(times, 99));
      }

      ctx.log('replication: 5 tenant-wide secrets into 200 groups');
      const groups = Array.from({ length: 199 }, (_, i) => `rg-${String(i).padStart(3, '0')}`);
      await pool(groups, 8, (id) => call('/admin/resourceGroups', { body: { resourceGroupId: id } }));
      const replication: number[] = [];
      for (let round = 0; round < 3; round++) {
        const t0 = performance.now();
        for (let i = 0; i < 5; i++) await call('/admin/secrets', { headers: TW, body: secretBody(`tw-${round}-${i}`) });
        for (;;) {
          const list = await call('/admin/secrets', { headers: TW });
          const all = list.resources.every((s: { resourceGroupSecretsSyncStatus: Record<string, boolean> }) => {
            const values = Object.values(s.resourceGroupSecretsSyncStatus);
            return values.length === 200 && values.every(Boolean);
          });
          if (all) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        replication.push(performance.now() - t0);
        for (let i = 0; i < 5; i++) await call(`/admin/secrets/tw-${round}-${i}`, { method: 'DELETE', headers: TW });
      }
      const figures: Figure[] = [
        figure('emulator: list 10,000 secrets, 100 a page (p99 of a page)', 'ms', p99s),
        figure('emulator: 5 tenant-wide secrets into 200 groups, until all in sync', 'ms', replication),
      ];
      const mem = memoryOf(emulator.proc.child.pid!);
      if (mem) {
        figures.push(figure('emulator: resident memory after the load', 'MiB', [mem.rssMiB]));
        figures.push(figure('emulator: peak resident memory', 'MiB', [mem.peakMiB]));
      }
      return figures;
    } finally {
      await emulator.proc.kill();
    }
  },
});
