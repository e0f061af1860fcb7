// One HTTP exchange with three deadlines: the connection, the response headers, and the whole body. A peer
// that accepts and never answers, sends headers and stalls, trickles bytes, or cuts its body short ends in a
// settled error within the deadline, never in a promise that waits for good.
import http from 'node:http';
import https from 'node:https';

export type Deadlines = { connectMs: number; headersMs: number; totalMs: number };
export type Limits = Deadlines & { maxBytes: number };

export type DeadlineAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** Which deadline passed: the message names the phase, so an admin can tell a dead host from a slow one. */
export class DeadlineExceeded extends Error {
  override name = 'TimeoutError';
  constructor(
    readonly phase: 'connect' | 'headers' | 'body',
    readonly ms: number,
  ) {
    super(
      phase === 'connect'
        ? `no connection within ${ms} ms`
        : phase === 'headers'
          ? `no answer within ${ms} ms`
          : `the answer did not finish within ${ms} ms`,
    );
  }
}

/** The peer closed the connection before the body was complete, or sent more than we read. */
export class AnswerCutShort extends Error {}

export function requestWithDeadlines(
  url: URL,
  options: http.RequestOptions & https.RequestOptions,
  body: string | Buffer | null,
  deadlines: Limits,
): Promise<DeadlineAnswer> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const timers: NodeJS.Timeout[] = [];
    let settled = false;
    const finish = (err: Error | null, answer?: DeadlineAnswer) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(answer!);
    };
    const after = (ms: number, phase: DeadlineExceeded['phase']) => {
      const t = setTimeout(() => finish(new DeadlineExceeded(phase, ms)), ms);
      timers.push(t);
      return t;
    };
    const req = lib.request(url, options);
    after(deadlines.totalMs, 'body');
    const headersTimer = after(deadlines.headersMs, 'headers');
    req.on('socket', (socket) => {
      if (!socket.connecting) return; // a pooled, already connected socket
      const connectTimer = after(deadlines.connectMs, 'connect');
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('response', (res) => {
      clearTimeout(headersTimer);
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        // A hostile peer cannot make us hold more than this.
        if (size > deadlines.maxBytes) finish(new AnswerCutShort(`the answer was larger than ${deadlines.maxBytes} bytes`));
        else chunks.push(c);
      });
      res.on('end', () => finish(null, { status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
      // An error or 'close' before 'end': the peer went away mid-body (a truncated answer).
      const cutShort = () => finish(new AnswerCutShort('the connection closed before the answer was complete'));
      res.on('error', cutShort);
      res.on('close', () => {
        if (!res.complete) cutShort();
      });
    });
    req.on('error', (err) => finish(err));
    req.end(body ?? undefined);
  });
}
