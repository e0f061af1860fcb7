import { startConsole, type ConsoleOptions, type RunningConsole } from '../console/server';
import { client } from './emulator-fixture';

export type TestConsole = RunningConsole & { api: ReturnType<typeof client>; logs: string[] };

/** The console on a free loopback port, its /api/v2 client sending what the app sends. */
export async function startTestConsole(options: Omit<ConsoleOptions, 'mode'> & { mode?: ConsoleOptions['mode'] }): Promise<TestConsole> {
  const logs: string[] = [];
  const running = await startConsole({ mode: 'upstream', port: 0, log: (l) => logs.push(l), ...options });
  const base = client(`${running.url}/api/v2`);
  const api: typeof base = (p, c = {}) => base(p, { ...c, headers: { 'x-console-request': '1', ...c.headers } });
  return Object.assign(running, { api, logs });
}
