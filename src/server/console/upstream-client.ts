// The proxy's HTTP client to AI Core: node:http(s) with a keep-alive pool. It costs a fraction of `fetch`
// per request (no WHATWG Request/Headers/AbortSignal objects), which is most of the proxy's overhead.
import http from 'node:http';
import https from 'node:https';

export type UpstreamAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

const CONNECT_DEADLINE_MS = 5000;

export class UpstreamTimeout extends Error {
  override name = 'TimeoutError';
}

// A path and query that URL would leave exactly as they are (no character it escapes or rewrites) is sent
// as it is; anything else goes through URL, as before.
const PLAIN_PATH = /^\/[!$%&()*+,\-./0-9:;=?@A-Z[\]^_a-z|~]*$/;

export class UpstreamClient {
  private readonly agent: http.Agent;
  private readonly lib: typeof http | typeof https;
  private readonly origin: string;
  private readonly target: { protocol: string; hostname: string; port: string };

  constructor(
    base: string,
    private readonly timeoutMs: number,
  ) {
    const parsed = new URL(base);
    const secure = parsed.protocol === 'https:';
    this.lib = secure ? https : http;
    // Parsed once: a URL parse per request is a measurable part of the proxy's cost (docs/decisions/0048).
    this.origin = parsed.origin;
    this.target = { protocol: parsed.protocol, hostname: parsed.hostname.replace(/^\[|\]$/g, ''), port: parsed.port };
    this.agent = new this.lib.Agent({
      keepAlive: true,
      maxSockets: 64,
      maxFreeSockets: 16,
      scheduling: 'lifo',
      noDelay: true,
    } as http.AgentOptions);
  }

  request(url: string, method: string, headers: Record<string, string>, body: Buffer | null): Promise<UpstreamAnswer> {
    return new Promise((resolve, reject) => {
      const options = { method, headers: body ? { ...headers, 'content-length': String(body.length) } : headers, agent: this.agent };
      const path = url.startsWith(this.origin) ? url.slice(this.origin.length) : '';
      const req = PLAIN_PATH.test(path) ? this.lib.request({ ...this.target, path, ...options }) : this.lib.request(url, options);
      // One deadline for the whole exchange (connection, headers and body), and a shorter one for a new
      // connection, so that a host that swallows SYNs fails fast.
      const timer = setTimeout(() => req.destroy(new UpstreamTimeout(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
      req.on('socket', (socket) => {
        if (!socket.connecting) return;
        const connectMs = Math.min(CONNECT_DEADLINE_MS, this.timeoutMs);
        const t = setTimeout(() => req.destroy(new UpstreamTimeout(`no connection within ${connectMs} ms`)), connectMs);
        socket.once('connect', () => clearTimeout(t));
        socket.once('close', () => clearTimeout(t));
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', (err) => {
          clearTimeout(timer);
          reject(err);
        });
        // 'close' before 'end': the upstream cut its answer short; never leave the caller waiting.
        res.on('close', () => {
          if (res.complete) return;
          clearTimeout(timer);
          reject(new Error('the answer was cut short'));
        });
      });
      req.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      req.end(body ?? undefined);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
