// Durability: a snapshot plus an append-only journal of events, each fsync'd before the request that
// made it is acknowledged (background work's events ride along with the next flush, see `commit`). A torn
// last line (a crash mid-write) is dropped on replay: that request was never acknowledged, so it leaves no
// trace.
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from './private-files';
import { applyEvent, emptyState, fromJson, toJson, type Event, type State, type StateJson } from './state';

const SNAPSHOT = 'state.json';
const JOURNAL = 'journal.ndjson';
/** Rewrite the snapshot after this many journal records, so a restart replays little. */
const COMPACT_AFTER = 5000;

type Snapshot = { seq: number; state: StateJson };

export class Journal {
  private fd: number;
  private seq: number;
  private sinceCompaction = 0;

  private constructor(
    private readonly dir: string,
    readonly state: State,
    seq: number,
  ) {
    this.seq = seq;
    this.fd = fs.openSync(path.join(dir, JOURNAL), 'a', PRIVATE_FILE_MODE);
  }

  /** Opens the data directory, rebuilding the state; `fresh` is true when nothing was there. */
  static open(dir: string, tenantId: string, log: (line: string) => void = console.log): { journal: Journal; fresh: boolean } {
    ensurePrivateDir(dir, log);
    const snapPath = path.join(dir, SNAPSHOT);
    const journalPath = path.join(dir, JOURNAL);
    let state = emptyState(tenantId);
    let seq = 0;
    let fresh = true;
    if (fs.existsSync(snapPath)) {
      const snap = JSON.parse(fs.readFileSync(snapPath, 'utf8')) as Snapshot;
      state = fromJson(snap.state);
      seq = snap.seq;
      fresh = false;
    }
    if (fs.existsSync(journalPath)) {
      const text = fs.readFileSync(journalPath, 'utf8');
      let goodBytes = 0;
      for (const line of text.split('\n')) {
        if (!line) continue;
        let record: { seq: number; event: Event };
        try {
          record = JSON.parse(line) as { seq: number; event: Event };
        } catch {
          break; // torn tail: never acknowledged
        }
        goodBytes += Buffer.byteLength(line) + 1;
        fresh = false;
        if (record.seq <= seq) continue; // already in the snapshot
        applyEvent(state, record.event);
        seq = record.seq;
      }
      if (goodBytes < Buffer.byteLength(text)) fs.truncateSync(journalPath, goodBytes);
    }
    return { journal: new Journal(dir, state, seq), fresh };
  }

  /**
   * Writes the event, then applies it. Throws (and applies nothing) when the write fails. A request's event
   * (`durable`) is on disk before the request is answered. The service's own background work (a copy written,
   * a group provisioned or gone, a re-sync) answers no request: its record goes to the file without waiting
   * for the disk, and the next request's flush takes it along (the file is flushed whole). Lost in a power
   * cut, it is redone after the restart: the replicator finds the copy missing, the group still provisioning
   * or deleting, the shadow still there. A process that is killed loses nothing: the written bytes are the
   * kernel's. This keeps a flush per copy out of the event loop of a console that embeds the emulator.
   */
  commit(event: Event, durable = true): void {
    const record = JSON.stringify({ seq: this.seq + 1, event }) + '\n';
    fs.writeSync(this.fd, record);
    if (durable) fs.fdatasyncSync(this.fd);
    this.seq += 1;
    applyEvent(this.state, event);
    if (++this.sinceCompaction >= COMPACT_AFTER) this.compact();
  }

  compact(): void {
    const snapPath = path.join(this.dir, SNAPSHOT);
    const tmp = `${snapPath}.tmp`;
    const snap: Snapshot = { seq: this.seq, state: toJson(this.state) };
    const fd = fs.openSync(tmp, 'w', PRIVATE_FILE_MODE);
    fs.writeSync(fd, JSON.stringify(snap));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, snapPath);
    // Records up to `seq` are in the snapshot now; replay skips them even if this truncate never happens.
    fs.ftruncateSync(this.fd, 0);
    this.sinceCompaction = 0;
  }

  close(): void {
    fs.fdatasyncSync(this.fd);
    fs.closeSync(this.fd);
  }
}
