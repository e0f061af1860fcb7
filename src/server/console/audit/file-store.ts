// The embedded activity log: an append-only JSON-lines file in the data folder. Every record is fsync'd
// before the call that made it resolves, so an acknowledged change is on disk. Two records per write:
// the attempt before it goes upstream, then its outcome (write-ahead); an attempt whose outcome never
// came (the process was killed) reads as `unknown`. Lines written together share one fsync.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  matches,
  type AuditAttempt,
  type AuditEntry,
  type AuditPage,
  type AuditQuery,
  type AuditResult,
  type AuditStore,
  type LastChange,
  type SecretRef,
} from './types';

export const ACTIVITY_FILE = 'activity.jsonl';

type LogRecord =
  | { t: 'attempt'; entry: AuditEntry }
  | { t: 'outcome'; id: string; outcome: AuditResult['outcome']; status: number | null; requestId: string | null; at: string };

export class FileAuditStore implements AuditStore {
  readonly kind = 'embedded';
  /** Oldest first; ids index into it. */
  private readonly entries: AuditEntry[] = [];
  private readonly byId = new Map<string, AuditEntry>();
  private queue: { line: string; done: (err?: Error) => void }[] = [];
  private flushing = false;
  private closed = false;

  private constructor(
    private readonly file: string,
    private readonly fd: number,
  ) {}

  static open(dir: string): FileAuditStore {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dir, 0o700);
    const file = path.join(dir, ACTIVITY_FILE);
    const fd = fs.openSync(file, 'a', 0o600);
    fs.fchmodSync(fd, 0o600);
    const store = new FileAuditStore(file, fd);
    store.replay();
    return store;
  }

  private replay() {
    const text = fs.readFileSync(this.file, 'utf8');
    let good = 0;
    for (const line of text.split('\n')) {
      if (!line) continue;
      let record: LogRecord;
      try {
        record = JSON.parse(line) as LogRecord;
      } catch {
        break; // a torn last line: that call never resolved, so nothing was acknowledged on it
      }
      good += Buffer.byteLength(line) + 1;
      this.apply(record);
    }
    if (good < Buffer.byteLength(text)) fs.ftruncateSync(this.fd, good);
  }

  private apply(record: LogRecord) {
    if (record.t === 'attempt') {
      this.entries.push(record.entry);
      this.byId.set(record.entry.id, record.entry);
      return;
    }
    const entry = this.byId.get(record.id);
    if (!entry) return;
    entry.outcome = record.outcome;
    entry.status = record.status;
    entry.requestId = record.requestId;
    entry.finishedAt = record.at;
  }

  private append(record: LogRecord): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the activity log is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(record)}\n`, done: (err) => (err ? reject(err) : resolve()) });
      if (!this.flushing) void this.flush();
    });
  }

  /** Group commit: whatever queued while the last fsync ran goes out in one write and one fsync. */
  private async flush() {
    this.flushing = true;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        const data = batch.map((b) => b.line).join('');
        await new Promise<void>((resolve, reject) => fs.write(this.fd, data, null, 'utf8', (err) => (err ? reject(err) : resolve())));
        await new Promise<void>((resolve, reject) => fs.fsync(this.fd, (err) => (err ? reject(err) : resolve())));
        for (const b of batch) b.done();
      } catch (err) {
        for (const b of batch) b.done(err as Error);
      }
    }
    this.flushing = false;
  }

  async begin(attempt: AuditAttempt): Promise<string> {
    const entry: AuditEntry = {
      ...attempt,
      id: randomUUID(),
      time: new Date().toISOString(),
      outcome: 'unknown',
      status: null,
      requestId: null,
      finishedAt: null,
    };
    await this.append({ t: 'attempt', entry });
    // In memory only once on disk: a query never shows what a crash could take back.
    this.apply({ t: 'attempt', entry: { ...entry } });
    return entry.id;
  }

  async finish(id: string, result: AuditResult): Promise<void> {
    const record: LogRecord = { t: 'outcome', id, ...result, at: new Date().toISOString() };
    await this.append(record);
    this.apply(record);
  }

  async refused(attempt: AuditAttempt, status: number): Promise<void> {
    const id = await this.begin(attempt);
    await this.finish(id, { outcome: 'refused', status, requestId: null });
  }

  async query(q: AuditQuery): Promise<AuditPage> {
    const hits: AuditEntry[] = [];
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e && matches(e, q)) hits.push(e);
    }
    return {
      entries: hits.slice(q.offset, q.offset + q.limit).map((e) => structuredClone(e)),
      total: hits.length,
      offset: q.offset,
      limit: q.limit,
    };
  }

  async lastChanges(ref: SecretRef): Promise<Record<string, LastChange>> {
    const wanted = new Set(ref.names);
    const found = new Map<string, LastChange>();
    for (let i = this.entries.length - 1; i >= 0 && wanted.size > 0; i--) {
      const e = this.entries[i];
      if (!e || e.secret === null || !wanted.has(e.secret) || e.outcome !== 'success') continue;
      if (e.connection !== ref.connection || e.scope !== ref.scope || e.resourceGroup !== ref.resourceGroup) continue;
      found.set(e.secret, { user: e.user, time: e.time, action: e.action });
      wanted.delete(e.secret);
    }
    return Object.fromEntries(found);
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('the activity log is closed');
    fs.fstatSync(this.fd);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    while (this.flushing) await new Promise((r) => setTimeout(r, 5));
    this.closed = true;
    fs.closeSync(this.fd);
  }
}
