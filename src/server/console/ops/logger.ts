// The console's JSON logger (pino): one JSON object a line on stdout, which Cloud Foundry's and Kyma's log
// collectors parse as they are. JSON escapes every control character, so nothing a client sends (a path with
// a newline or an ANSI escape) can forge or colour a log line.
import { pino, type Level, type Logger } from 'pino';

export type { Logger };
/** Where log lines go instead of stdout (tests): one call a line, without the trailing newline. */
export type LogSink = (line: string) => void;

export const LOG_LEVELS: readonly Level[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

export function createLogger({ sink, level = 'info' }: { sink?: LogSink; level?: Level } = {}): Logger {
  const options = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    // "level":"warn" rather than 40: what people search for in a log viewer.
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (sink) return pino(options, { write: (line: string) => sink(line.endsWith('\n') ? line.slice(0, -1) : line) });
  // Asynchronous: a request never waits for stdout (a busy disk, a full pipe to a slow collector), which was
  // the largest single cost of a proxied call (docs/decisions/0053). No worker thread: libuv writes the
  // lines, in order. pino writes what is still buffered when the process exits (an uncaught exception
  // included) and a graceful stop waits for its last line (`logLastLine`); only a SIGKILL or an abort can lose the last lines.
  const destination = pino.destination({ fd: 1, sync: false });
  const logger = pino(options, destination);
  destinations.set(logger, destination);
  return logger;
}

const destinations = new WeakMap<Logger, ReturnType<typeof pino.destination>>();

/**
 * Logs a graceful stop's last line and resolves once it, and every line before it, is written: the stream
 * says 'drain' when a write leaves nothing behind. Bounded, so that a stdout nobody reads cannot hold the
 * exit up (pino still writes what is left, synchronously, as the process exits).
 */
export function logLastLine(logger: Logger, message: string, timeoutMs = 2000): Promise<void> {
  logger.info(message);
  const destination = destinations.get(logger);
  if (!destination) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    destination.once('drain', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** LOG_LEVEL, checked at start so that a typo stops the start with its name. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): Level {
  const value = env.LOG_LEVEL?.trim().toLowerCase();
  if (!value) return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(value))
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  return value as Level;
}
