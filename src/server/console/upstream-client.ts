// The proxy's HTTP client to AI Core: an undici Pool (keep-alive connections to the one origin) driven
// through `dispatch`, with no stream or WHATWG object per call. It costs a fraction of `fetch` (decision
// 0007) and about a third less CPU per call than node:http's client (decision 0053).
import type http from 'node:http';
import { Pool, util, type Dispatcher } from 'undici';

export type UpstreamAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

const CONNECT_DEADLINE_MS = 5000;

export class UpstreamTimeout extends Error {
  override name = 'TimeoutError';
}

// A path and query that URL would leave exactly as they are (no character it escapes or rewrites) is sent
// as it is; anything else goes through URL, as node:http's client did with a URL.
const PLAIN_PATH = /^\/[!$%&()*+,\-./0-9:;=?@A-Z[\]^_a-z|~]*$/;

// What node:http makes of a repeated response header, which the proxy's readers expect: these keep their
// first value, set-cookie stays a list, any other is joined with ", ".
const FIRST_ONLY = new Set([
  'age',
  'content-length',
  'content-type',
  'etag',
  'expires',
  'last-modified',
  'location',
  'retry-after',
  'server',
]);

/** The raw header list as node:http's IncomingMessage.headers would read it (names lower case, latin1 values). */
function nodeHeaders(raw: Buffer[]): http.IncomingHttpHeaders {
  const out: Record<string, string | string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    // Known names come back as the same (interned) strings every time, cheaper as property keys.
    const name = util.headerNameToString(raw[i]!);
    const value = raw[i + 1]!.toString('latin1');
    const seen = out[name];
    if (seen === undefined) out[name] = name === 'set-cookie' ? [value] : value;
    else if (Array.isArray(seen)) seen.push(value);
    else if (!FIRST_ONLY.has(name)) out[name] = `${seen}, ${value}`;
  }
  return out;
}

export class UpstreamClient {
  private readonly pool: Pool;
  private readonly origin: string;
  private readonly connectMs: number;

  constructor(
    base: string,
    private readonly timeoutMs: number,
  ) {
    // Parsed once: a URL parse per request is a measurable part of the proxy's cost (docs/decisions/0048).
    this.origin = new URL(base).origin;
    // A shorter deadline for a new connection, so that a host that swallows SYNs fails fast.
    this.connectMs = Math.min(CONNECT_DEADLINE_MS, timeoutMs);
    this.pool = new Pool(this.origin, {
      connections: 64,
      connect: { timeout: this.connectMs },
      // The one deadline below covers headers and body; undici's own would only differ in their message.
      headersTimeout: 0,
      bodyTimeout: 0,
    });
  }

  request(url: string, method: string, headers: Record<string, string>, body: Buffer | null): Promise<UpstreamAnswer> {
    return new Promise((resolve, reject) => {
      let settled = false;
      let abort: ((reason: Error) => void) | null = null;
      const finish = (err: Error | null, answer?: UpstreamAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(answer!);
      };
      // One deadline for the whole exchange (connection, headers and body). A call still queued for a
      // connection is answered at the deadline all the same, and aborted once it starts.
      const expired = () => new UpstreamTimeout(`no answer within ${this.timeoutMs} ms`);
      const timer = setTimeout(() => {
        finish(expired());
        abort?.(expired());
      }, this.timeoutMs);

      let status = 502;
      let rawHeaders: Buffer[] = [];
      const chunks: Buffer[] = [];
      const connectMs = this.connectMs;
      try {
        let path = url.startsWith(this.origin) ? url.slice(this.origin.length) : '';
        if (!PLAIN_PATH.test(path)) {
          const parsed = new URL(url);
          if (parsed.origin !== this.origin) throw new Error(`not an address of ${this.origin}`);
          path = `${parsed.pathname}${parsed.search}`;
        }
        // undici's core handler interface, the one its own request() implements: the raw header list as it
        // came, where the newer interface parses every header into an object first.
        this.pool.dispatch({ path, method, headers, body }, {
          onConnect(abortRequest: (reason?: Error) => void) {
            abort = abortRequest;
            if (settled) abortRequest(expired());
          },
          onHeaders(statusCode: number, headerList: Buffer[]) {
            status = statusCode;
            rawHeaders = headerList;
            chunks.length = 0;
            return true;
          },
          onData(chunk: Buffer) {
            chunks.push(chunk);
            return true;
          },
          onComplete() {
            const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
            finish(null, { status, headers: nodeHeaders(rawHeaders), body });
          },
          // A refused or reset connection, or an answer cut short: the caller says AI Core cannot be reached.
          onError(err: Error) {
            const connectTimeout = (err as { code?: string }).code === 'UND_ERR_CONNECT_TIMEOUT';
            finish(connectTimeout ? new UpstreamTimeout(`no connection within ${connectMs} ms`) : err);
          },
        } as Dispatcher.DispatchHandler);
      } catch (err) {
        finish(err as Error);
      }
    });
  }

  close(): void {
    void this.pool.destroy().catch(() => {});
  }
}
