// The service's background work: provisioning new groups, copying tenant-wide secrets into every group a
// few at a time (so progress can be watched), and the periodic re-sync that ends shadowing.
import type { Tenant } from './tenant';

export type ReplicatorOptions = {
  /** Time one copy into one group takes. */
  delayMs: number;
  /** Copies under way at once. */
  concurrency: number;
  /** Interval of the re-sync that overwrites a group's shadowing secret; 0 turns it off. */
  resyncIntervalMs: number;
  /** Groups whose copies never succeed. */
  stuckGroups: ReadonlySet<string>;
  provisionDelayMs: number;
  /** How long a group shows DEPROVISIONING before it is gone. */
  deletionDelayMs: number;
};

export class Replicator {
  private inFlight = new Set<string>();
  private timers = new Set<NodeJS.Timeout>();
  private provisioning = new Set<string>();
  private deprovisioning = new Set<string>();
  private resyncTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly tenant: Tenant,
    private readonly options: ReplicatorOptions,
  ) {}

  start(): void {
    this.tenant.onChange = () => this.kick();
    if (this.options.resyncIntervalMs > 0)
      this.resyncTimer = setInterval(() => this.resync(this.options.resyncIntervalMs), this.options.resyncIntervalMs);
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    this.tenant.onChange = () => {};
    clearInterval(this.resyncTimer);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /**
   * The periodic re-sync: overwrites each shadowing group secret with the tenant-wide copy once it has existed
   * for at least `minAgeMs`, so a shadow always lives one interval or two, never a moment.
   */
  resync(minAgeMs = 0): void {
    const cutoff = Date.now() - minAgeMs;
    for (const { group, name, since } of this.tenant.shadows()) if (Date.parse(since) <= cutoff) this.tenant.resyncTake(group, name);
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.stopped) fn();
    }, ms);
    this.timers.add(t);
  }

  kick(): void {
    if (this.stopped) return;
    for (const group of this.tenant.state.groups.values()) {
      if (group.status === 'PROVISIONING' && !this.provisioning.has(group.id)) {
        this.provisioning.add(group.id);
        this.later(this.options.provisionDelayMs, () => {
          this.provisioning.delete(group.id);
          this.tenant.markProvisioned(group.id);
        });
      }
      // A scheduled deletion (also one from before a restart) finishes after the delay.
      if (group.status === 'DEPROVISIONING' && !this.deprovisioning.has(group.id)) {
        this.deprovisioning.add(group.id);
        this.later(this.options.deletionDelayMs, () => {
          this.deprovisioning.delete(group.id);
          this.tenant.finishDeletion(group.id);
        });
      }
    }
    if (this.inFlight.size >= this.options.concurrency) return;
    for (const copy of this.tenant.pendingCopies()) {
      if (this.inFlight.size >= this.options.concurrency) break;
      if (this.options.stuckGroups.has(copy.group)) continue;
      const key = `${copy.group}\u0000${copy.name}\u0000${copy.version}`;
      if (this.inFlight.has(key)) continue;
      this.inFlight.add(key);
      this.later(this.options.delayMs, () => {
        this.inFlight.delete(key);
        try {
          this.tenant.writeCopy(copy.group, copy.name, copy.version);
        } finally {
          this.kick();
        }
      });
    }
  }
}
