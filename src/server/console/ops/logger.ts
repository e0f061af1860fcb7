// The console's JSON logger (pino): one JSON object a line on stdout, which Cloud Foundry's and Kyma's log
// collectors parse as they are. JSON escapes every control character, so nothing a client sends (a path with
// a newline or an ANSI escape) can forge or colour a log line.
import { pino, type Level, type Logger } from 'pino';
import { TurnWriter } from './turn-writer';

export type { Logger };
/** Where log lines go instead of stdout (tests): one call a line, without the trailing newline. */
export type LogSink = (line: string) => void;

export const LOG_LEVELS: readonly Level[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

let lastMs = Number.NaN;
let lastTime = '';
/**
 * pino's `isoTime` (`,"time":"2026-11-24T00:25:46.123Z"`), formatted once a millisecond: a busy console
 * writes several lines in each, and formatting the date took about 3 µs of the proxy's ~90 µs of CPU per
 * proxied request (bench/profile-proxy.ts).
 */
export function isoTime(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastTime = `,"time":"${new Date(now).toISOString()}"`;
  }
  return lastTime;
}

export function createLogger({ sink, level = 'info' }: { sink?: LogSink; level?: Level } = {}): Logger {
  const options = {
    level,
    timestamp: isoTime,
    // "level":"warn" rather than 40: what people search for in a log viewer.
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (sink) return pino(options, { write: (line: string) => sink(line.endsWith('\n') ? line.slice(0, -1) : line) });
  // Written on the main thread (no worker), once a turn; out before the answers of that turn and on exit.
  const writer = new TurnWriter(1);
  const logger = pino(options, writer);
  writers.set(logger, writer);
  return logger;
}

const writers = new WeakMap<Logger, TurnWriter>();

/** Runs `fn` (an answer) once every line this logger took is written; at once for a test's sink. */
export function afterLogged(logger: Logger, fn: () => void): void {
  const writer = writers.get(logger);
  if (writer) writer.afterWritten(fn);
  else fn();
}

/** LOG_LEVEL, checked at start so that a typo stops the start with its name. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): Level {
  const value = env.LOG_LEVEL?.trim().toLowerCase();
  if (!value) return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(value))
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  return value as Level;
}
