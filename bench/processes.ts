// The processes the bench measures: an emulator and a console, each its own Node process on loopback.
import fs from 'node:fs';
import path from 'node:path';
import { fetchToken, tempDir } from '../src/server/testing/emulator-fixture';
import { freePort, NO_SERVICE_KEY, spawnCli, type Spawned } from '../src/server/testing/spawn';

const NO_KEY = NO_SERVICE_KEY;
/** Quick emulator: no delays, and deleted groups go at once (the bench measures what remains). */
const QUICK = ['--replication-delay-ms', '0', '--provision-delay-ms', '0', '--group-deletion-delay-ms', '0'];

export type Emulator = { proc: Spawned; url: string; key: string; token: string; dataDir: string };

export async function startEmulator(flags: string[] = []): Promise<Emulator> {
  const dataDir = tempDir('aicore-bench-');
  const proc = await spawnCli(['emulator', '--port', '0', '--data-dir', dataDir, '--no-seed', ...QUICK, ...flags], {
    env: NO_KEY,
    ready: /listening on (\S+)/,
  });
  const key = fs.readFileSync(path.join(dataDir, 'service-key.json'), 'utf8');
  const parsed = JSON.parse(key) as { url: string; clientid: string; clientsecret: string };
  return { proc, url: parsed.url, key, token: await fetchToken(parsed), dataDir };
}

export async function startConsole(emulator: Emulator | null, flags: string[] = [], nodeArgs: string[] = []) {
  const port = await freePort();
  const env = emulator ? { ...NO_KEY, AICORE_SERVICE_KEY: emulator.key } : NO_KEY;
  const args = ['start', '--port', String(port), ...(emulator ? [] : ['--data-dir', tempDir('aicore-bench-'), '--reset']), ...flags];
  const proc = await spawnCli(args, { env, ready: /mode: /, timeoutMs: 120_000, nodeArgs });
  return { proc, url: `http://127.0.0.1:${port}` };
}

/** Peak and current resident memory of a process, from /proc (Linux). */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in µs, from /proc (Linux); NaN elsewhere. */
export function cpuMicros(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, in clock ticks of 1/100 s (USER_HZ on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return NaN;
  }
}

/** Runs `fn` over `items` with at most `limit` at once. */
export async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}
