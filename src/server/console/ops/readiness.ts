// Readiness: a list of named checks, each a promise that settles when the thing it watches answers. Today
// one check per connection (a token can be had) plus whatever else the console depends on (the activity
// log's store); a check that does not settle within the deadline counts as failed.
import type { Logger } from './logger';

export type ReadinessCheck = { name: string; check(): Promise<void> };
export type CheckResult = { name: string; ok: boolean };
export type ReadinessReport = { status: 'ready' | 'unready' | 'stopping'; checks: CheckResult[] };

/** Below the probes' timeoutSeconds in deploy/ (the manifest test holds them to it). */
export const READINESS_CHECK_TIMEOUT_MS = 3000;

/** A connection is ready when a token can be had: from the cache while it is valid, else a fresh fetch. */
export const tokenCheck = (connection: string, tokens: { get(): Promise<string> }): ReadinessCheck => ({
  name: `connection:${connection}`,
  check: async () => {
    await tokens.get();
  },
});

function withDeadline(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export class Readiness {
  /** Set when a graceful stop begins: the platform's router should send nothing new. */
  stopping = false;
  private readonly failing = new Map<string, string>();

  constructor(
    private readonly checks: () => readonly ReadinessCheck[],
    private readonly logger: Logger,
    private readonly timeoutMs = READINESS_CHECK_TIMEOUT_MS,
  ) {}

  async report(): Promise<ReadinessReport> {
    if (this.stopping) return { status: 'stopping', checks: [] };
    const checks = await Promise.all(
      this.checks().map(async ({ name, check }) => {
        try {
          await withDeadline(check(), this.timeoutMs);
          this.changed(name, null);
          return { name, ok: true };
        } catch (err) {
          this.changed(name, err instanceof Error ? err.message : String(err));
          return { name, ok: false };
        }
      }),
    );
    return { status: checks.every((c) => c.ok) ? 'ready' : 'unready', checks };
  }

  /** One log line when a check starts failing (with why) and one when it recovers, not one a probe. */
  private changed(name: string, error: string | null) {
    const was = this.failing.get(name);
    if (error === null) {
      if (was === undefined) return;
      this.failing.delete(name);
      this.logger.info({ check: name }, 'readiness check recovered');
    } else if (was !== error) {
      this.failing.set(name, error);
      this.logger.warn({ check: name, error: error.slice(0, 500) }, 'readiness check failing');
    }
  }
}
