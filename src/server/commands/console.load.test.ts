// Load: 50 concurrent clients for 20 s of mixed reads and writes through the proxy, against the console with
// its embedded emulator running as its own process. No 5xx; every acknowledged create is there afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textToBase64, type Scope } from '../../contract';
import { client, tempDir } from '../testing/emulator-fixture';
import { freePort, NO_SERVICE_KEY, spawnCli, type Spawned } from '../testing/spawn';

const CLIENTS = 50;
const DURATION_MS = 20_000;

let proc: Spawned;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  const port = await freePort();
  proc = await spawnCli(['start', '--port', String(port), '--data-dir', tempDir(), '--no-seed', '--replication-delay-ms', '0'], {
    env: NO_SERVICE_KEY,
    ready: /mode: embedded emulator/,
    timeoutMs: 90_000,
  });
  const base = client(`http://127.0.0.1:${port}/api/v2`);
  api = (p, c = {}) => base(p, { ...c, headers: { 'x-console-request': '1', ...c.headers } });
}, 100_000);
afterAll(() => proc?.kill());

describe('the proxy under load', () => {
  it(
    `serves ${CLIENTS} concurrent clients for ${DURATION_MS / 1000} s without a 5xx or a lost write`,
    { timeout: DURATION_MS + 60_000 },
    async () => {
      const scopes: Scope[] = [{ kind: 'main' }, { kind: 'group', resourceGroup: 'default' }];
      const acknowledged = new Map<string, Scope>();
      const deleted = new Set<string>();
      const statuses = new Map<number, number>();
      const deadline = Date.now() + DURATION_MS;
      let requests = 0;

      const worker = async (w: number) => {
        const mine: string[] = [];
        for (let i = 0; Date.now() < deadline; i++) {
          const scope = scopes[(w + i) % scopes.length]!;
          const roll = Math.random();
          let res;
          if (roll < 0.35) res = await api('/admin/secrets?$top=50&$count=true', { scope });
          else if (roll < 0.5 && mine.length)
            res = await api(`/admin/secrets/${mine[mine.length - 1]}`, { scope: acknowledged.get(mine[mine.length - 1]!)! });
          else if (roll < 0.9) {
            const name = `load-${w}-${i}`;
            res = await api('/admin/secrets', { scope, body: { name, data: { value: textToBase64(`value ${name}`) } } });
            if (res.status === 200) {
              acknowledged.set(name, scope);
              mine.push(name);
            }
          } else if (mine.length) {
            const name = mine.shift()!;
            res = await api(`/admin/secrets/${name}`, { method: 'DELETE', scope: acknowledged.get(name)! });
            if (res.status === 200) deleted.add(name);
          } else res = await api('/admin/resourceQuota/secrets', { scope });
          requests++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, (_, w) => worker(w)));

      const fiveHundreds = [...statuses].filter(([s]) => s >= 500);
      expect(fiveHundreds, JSON.stringify([...statuses])).toEqual([]);
      expect(requests).toBeGreaterThan(CLIENTS * 10);
      for (const scope of scopes) {
        const list = await api('/admin/secrets', { scope });
        const present = new Set<string>(list.body.resources.map((s: { name: string }) => s.name));
        const expected = [...acknowledged].filter(([n, s]) => s === scope && !deleted.has(n)).map(([n]) => n);
        const missing = expected.filter((n) => !present.has(n));
        expect(missing).toEqual([]);
        expect(present.size).toBe(expected.length);
      }
      console.log(
        `load: ${requests} requests in ${DURATION_MS / 1000} s (${Math.round(requests / (DURATION_MS / 1000))}/s), statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
    },
  );
});
