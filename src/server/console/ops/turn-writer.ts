// The log's way to stdout: the lines of one event-loop turn in one write, at the end of that turn. A write
// to stdout (a file, a pipe) was the largest cost left on a proxied call, several times the JSON it carries
// (docs/decisions/0053); under load one turn finishes several requests, and their lines share the write.
// Answers wait for their lines (`afterWritten`), so the log is never behind what clients were told, even
// after a SIGKILL; a normal exit or a crash writes whatever is pending.
import fs from 'node:fs';

/** Atomics.wait on a private buffer: a short blocking sleep while a full pipe drains (as pino's SonicBoom). */
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Writers with lines not yet written: one exit hook for all of them. */
const unflushed = new Set<TurnWriter>();
process.on('exit', () => {
  for (const writer of unflushed) writer.flush();
});

export class TurnWriter {
  private lines: string[] = [];
  private waiting: (() => void)[] = [];
  private scheduled = false;
  private closed = false;

  constructor(private readonly fd: number) {}

  /** pino's destination interface: a serialised line, with its newline. */
  write(line: string): void {
    if (this.closed) return;
    this.lines.push(line);
    if (this.scheduled) return;
    this.scheduled = true;
    unflushed.add(this);
    setImmediate(() => this.flush());
  }

  /** Runs `fn` once every line written so far is out: now when none waits, else at the end of this turn. */
  afterWritten(fn: () => void): void {
    if (this.lines.length === 0) fn();
    else this.waiting.push(fn);
  }

  flush(): void {
    this.scheduled = false;
    unflushed.delete(this);
    const text = this.lines.join('');
    const waiting = this.waiting;
    this.lines = [];
    this.waiting = [];
    try {
      if (text) this.writeAll(Buffer.from(text, 'utf8'));
    } finally {
      // Answered even when stdout failed (the error then ends the process, as an unwritable log did before).
      for (const fn of waiting) fn();
    }
  }

  private writeAll(text: Buffer): void {
    let offset = 0;
    while (offset < text.length && !this.closed) {
      try {
        offset += fs.writeSync(this.fd, text, offset);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // Nobody reads stdout any more: logging stops, the console goes on (as pino does).
        if (code === 'EPIPE') this.closed = true;
        else if (code === 'EAGAIN') Atomics.wait(sleeper, 0, 0, 1);
        else throw err;
      }
    }
  }
}
