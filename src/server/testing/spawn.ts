// Runs a command of ours as a child process (for tests that kill it or need a separate process).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// `node --import tsx`, not the tsx binary: one process, so that a SIGKILL hits the server itself and not a
// wrapper that would leave it running.
const TSX_LOADER = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;

/** A loopback port that was free a moment ago (for servers that must be started on a known port). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** Environment for a child that must not pick up the developer's own AI Core credentials. */
export const NO_SERVICE_KEY = { AICORE_SERVICE_KEY: '', AICORE_SERVICE_KEY_FILE: '', VCAP_SERVICES: '', CONSOLE_CONNECTIONS: '' };

export type Spawned = { child: ChildProcess; output: () => string; kill: (signal?: NodeJS.Signals) => Promise<void> };

/**
 * The child's output goes to a file, not a pipe: a server logging a line a request would block on a full
 * pipe whenever this process is too busy to read it (under load, in the bench), and measure our reading.
 */
export function spawnCli(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number; nodeArgs?: string[] },
): Promise<Spawned & { match: RegExpMatchArray }> {
  return spawnModule('src/server/cli.ts', args, opts);
}

/** Any TypeScript module of ours as a child process (a test's own small server, for one). */
export function spawnModule(
  file: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number; nodeArgs?: string[] },
): Promise<Spawned & { match: RegExpMatchArray }> {
  return spawnNode([...(opts.nodeArgs ?? []), '--import', TSX_LOADER, file, ...args], opts);
}

/** `node ARGS` (e.g. the compiled console in another folder), ready once its output matches `ready`. */
export async function spawnNode(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number; cwd?: string },
): Promise<Spawned & { match: RegExpMatchArray }> {
  const logPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aicore-proc-')), 'output.log');
  const fd = fs.openSync(logPath, 'w');
  const child = spawn(process.execPath, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', fd, fd],
  });
  fs.closeSync(fd);
  const output = () => fs.readFileSync(logPath, 'utf8');
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  let match: RegExpMatchArray | null = null;
  while (!match) {
    match = output().match(opts.ready);
    if (match) break;
    if (exitCode !== undefined) throw new Error(`exited with ${exitCode} before ready:\n${output()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`not ready in time:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    child,
    match,
    output,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
