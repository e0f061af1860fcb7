// Graceful stop: stop accepting connections, let the requests in flight finish (a slow AI Core call
// included), then close. Bounded: after the deadline the remaining connections are cut.
import type http from 'node:http';

export type StopResult = { drained: boolean; cut: number };

export function trackRequests(server: http.Server) {
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | null = null;
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    // A request that still arrives on a kept-alive connection while draining is served, then its
    // connection closes.
    if (draining) res.shouldKeepAlive = false;
    res.once('close', () => {
      inFlight--;
      if (!draining) return;
      server.closeIdleConnections();
      if (inFlight === 0) idle?.();
    });
  });

  return {
    inFlight: () => inFlight,
    stop(timeoutMs: number): Promise<StopResult> {
      draining = true;
      server.close();
      server.closeIdleConnections();
      return new Promise<StopResult>((resolve) => {
        const finish = (result: StopResult) => {
          clearTimeout(timer);
          idle = null;
          server.closeAllConnections();
          resolve(result);
        };
        const timer = setTimeout(() => finish({ drained: false, cut: inFlight }), timeoutMs);
        idle = () => finish({ drained: true, cut: 0 });
        if (inFlight === 0) idle();
      });
    },
  };
}

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/** CONSOLE_SHUTDOWN_TIMEOUT_MS: how long a stop waits for requests in flight. */
export function shutdownTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CONSOLE_SHUTDOWN_TIMEOUT_MS?.trim();
  if (!raw) return DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0 || ms > 600_000)
    throw new Error(`CONSOLE_SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds from 0 to 600000 (got "${raw}")`);
  return ms;
}
