// The console's /api proxy under load: throughput and added latency, against the emulator it fronts.
import http from 'node:http';
import autocannon from 'autocannon';
import { consoleApi, MAIN, secretBody } from './api';
import { defineBench, type BenchContext } from './context';
import { startBareProxy } from './floors';
import { cpuMicros, startConsole, startEmulator } from './processes';
import { compared, figure, percentile } from './stats';

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

/**
 * The same request mix straight to an emulator, through the bare proxy (the floor) and through a console in
 * front of the same emulator, alternating.
 */
async function compareProxy(ctx: BenchContext, emulatorFlags: string[], sequential = 1000) {
  const emulator = await startEmulator(emulatorFlags);
  const con = await startConsole(emulator);
  const bare = await startBareProxy(emulator.url, emulator.token);
  try {
    const api = consoleApi(con.url);
    for (let i = 0; i < 50; i++) await api('/admin/secrets', { headers: MAIN, body: secretBody(`mix-${i}`) });
    const run = (base: string, prefix: string, headers: Record<string, string>) =>
      autocannon({
        url: base,
        connections: 10,
        duration: ctx.quick ? 3 : 5,
        requests: [
          { method: 'GET', path: `${prefix}/v2/admin/secrets?$top=20&$count=true`, headers: { ...MAIN, ...headers } },
          { method: 'GET', path: `${prefix}/v2/admin/secrets/mix-7`, headers: { ...MAIN, ...headers } },
        ],
      });
    const straight = () => run(emulator.url, '', { authorization: `Bearer ${emulator.token}` });
    // With the CPU time the proxy's process spent per request: steadier than throughput on a busy machine.
    const cpu = { console: [] as number[], floor: [] as number[] };
    const measured = async (pid: number, into: number[], load: () => Promise<autocannon.Result>) => {
      const before = cpuMicros(pid);
      const result = await load();
      into.push((cpuMicros(pid) - before) / result.requests.total);
      return result;
    };
    const through = () => measured(con.proc.child.pid!, cpu.console, () => run(con.url, '/api', {}));
    const floor = () => measured(bare.child.pid!, cpu.floor, () => run(bare.url, '/api', {}));
    const direct: autocannon.Result[] = [];
    const proxied: autocannon.Result[] = [];
    const floors: autocannon.Result[] = [];
    // Warm all three, then alternate so that all see the same machine.
    await straight();
    await floor();
    await through();
    cpu.console.length = 0;
    cpu.floor.length = 0;
    for (let i = 0; i < (ctx.quick ? 3 : 5); i++) {
      direct.push(await straight());
      floors.push(await floor());
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
    const errors = [...direct, ...floors, ...proxied].reduce((n, r) => n + r.errors + r.non2xx, 0);
    return { direct, floors, proxied, added50, added99, errors, cpu };
  } finally {
    await bare.kill();
    await con.proc.kill();
    await emulator.proc.kill();
  }
}

const rps = (results: autocannon.Result[]) => results.map((r) => r.requests.average);

export default defineBench({
  name: 'proxy',
  run: async (ctx) => {
    const local = await compareProxy(ctx, []);
    // The same with 5 ms of upstream latency, as a real AI Core across a network has at the very least.
    const remote = await compareProxy(ctx, ['--latency-ms', '5'], 200);
    return [
      figure('direct to emulator: throughput', 'req/s', rps(local.direct)),
      compared(
        'through the console: throughput, mixed GETs, 10 connections',
        'req/s',
        rps(local.proxied),
        rps(local.floors),
        { atLeast: 0.9 },
        `${local.errors} errors or non-2xx; the floor is a bare node:http proxy (bench/bare-proxy.ts)`,
      ),
      compared('CPU time of the proxy process per request', 'µs', local.cpu.console, local.cpu.floor),
      figure('latency added by the console, p50', 'ms', local.added50),
      figure('latency added by the console, p99', 'ms', local.added99),
      compared(
        'with 5 ms upstream latency: throughput',
        'req/s',
        rps(remote.proxied),
        rps(remote.floors),
        undefined,
        `${remote.errors} errors or non-2xx`,
      ),
      figure('with 5 ms upstream latency: latency added, p50', 'ms', remote.added50),
    ];
  },
});
