// The processes the bench measures: an emulator and a console, each its own Node process on loopback.
import fs from 'node:fs';
import path from 'node:path';
import { fetchToken, tempDir } from '../src/server/testing/emulator-fixture';
import { freePort, NO_SERVICE_KEY, spawnCli, type Spawned } from '../src/server/testing/spawn';

const NO_KEY = NO_SERVICE_KEY;

export type Emulator = { proc: Spawned; url: string; key: string; token: string; dataDir: string };

export async function startEmulator(flags: string[] = []): Promise<Emulator> {
  const dataDir = tempDir('aicore-bench-');
  const proc = await spawnCli(
    ['emulator', '--port', '0', '--data-dir', dataDir, '--no-seed', '--replication-delay-ms', '0', '--provision-delay-ms', '0', ...flags],
    {
      env: NO_KEY,
      ready: /listening on (\S+)/,
    },
  );
  const key = fs.readFileSync(path.join(dataDir, 'service-key.json'), 'utf8');
  const parsed = JSON.parse(key) as { url: string; clientid: string; clientsecret: string };
  return { proc, url: parsed.url, key, token: await fetchToken(parsed), dataDir };
}

export async function startConsole(emulator: Emulator | null, flags: string[] = []) {
  const port = await freePort();
  const env = emulator ? { ...NO_KEY, AICORE_SERVICE_KEY: emulator.key } : NO_KEY;
  const args = ['start', '--port', String(port), ...(emulator ? [] : ['--data-dir', tempDir('aicore-bench-'), '--reset']), ...flags];
  const proc = await spawnCli(args, { env, ready: /mode: /, timeoutMs: 120_000 });
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

/** Runs `fn` over `items` with at most `limit` at once. */
export async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}
