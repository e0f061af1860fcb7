// Sessions ended by sign-out. The session cookie is stateless, so a copy of it would outlive sign-out; its
// id is put on this list until the cookie would have expired anyway, and every replica refuses it. Reads
// come from memory (every request asks); the PostgreSQL list is re-read every few seconds.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { migrate } from '../audit/migrations';

export interface Revocations {
  revoke(sid: string, untilMs: number): Promise<void>;
  isRevoked(sid: string): boolean;
  close(): Promise<void>;
}

const FILE = 'revoked-sessions.jsonl';

export class FileRevocations implements Revocations {
  private readonly revoked = new Map<string, number>();
  private constructor(private readonly fd: number) {}

  static open(dir: string): FileRevocations {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, FILE);
    const fd = fs.openSync(file, 'a+', 0o600);
    fs.fchmodSync(fd, 0o600);
    const store = new FileRevocations(fd);
    const now = Date.now();
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      try {
        const { sid, until } = JSON.parse(line) as { sid: string; until: number };
        if (until > now) store.revoked.set(sid, until);
      } catch {
        /* an empty or torn line */
      }
    }
    return store;
  }

  async revoke(sid: string, untilMs: number) {
    this.revoked.set(sid, untilMs);
    await new Promise<void>((resolve, reject) =>
      fs.write(this.fd, `${JSON.stringify({ sid, until: untilMs })}\n`, null, 'utf8', (err) =>
        err ? reject(err) : fs.fsync(this.fd, (e) => (e ? reject(e) : resolve())),
      ),
    );
  }

  isRevoked(sid: string) {
    const until = this.revoked.get(sid);
    return until !== undefined && until > Date.now();
  }

  async close() {
    fs.closeSync(this.fd);
  }
}

export class PgRevocations implements Revocations {
  private revoked = new Map<string, number>();
  private timer: NodeJS.Timeout;

  private constructor(
    private readonly pool: pg.Pool,
    refreshMs: number,
  ) {
    this.timer = setInterval(() => void this.refresh().catch(() => {}), refreshMs);
    this.timer.unref();
  }

  static async open(url: string, { refreshMs = 3000 } = {}): Promise<PgRevocations> {
    const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 10_000 });
    pool.on('error', () => {});
    await migrate(pool);
    const store = new PgRevocations(pool, refreshMs);
    await store.refresh();
    return store;
  }

  private async refresh() {
    const rows = await this.pool.query<{ sid: string; until_at: Date }>(
      'SELECT sid, until_at FROM console_revoked_sessions WHERE until_at > now()',
    );
    this.revoked = new Map(rows.rows.map((r) => [r.sid, r.until_at.getTime()]));
  }

  async revoke(sid: string, untilMs: number) {
    this.revoked.set(sid, untilMs);
    await this.pool.query('INSERT INTO console_revoked_sessions (sid, until_at) VALUES ($1, $2) ON CONFLICT (sid) DO NOTHING', [
      sid,
      new Date(untilMs),
    ]);
    // Old entries go as new ones come: the list holds only cookies that could still be valid.
    await this.pool.query('DELETE FROM console_revoked_sessions WHERE until_at < now()');
  }

  isRevoked(sid: string) {
    const until = this.revoked.get(sid);
    return until !== undefined && until > Date.now();
  }

  async close() {
    clearInterval(this.timer);
    await this.pool.end();
  }
}
