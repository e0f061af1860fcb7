// OAuth client credentials against SAP's identity service (XSUAA), with a cache: one token serves many
// requests, it is refreshed before it expires, and concurrent callers share one fetch.
import type { ServiceKey } from './credentials';
import { DeadlineExceeded, requestWithDeadlines } from './upstream/deadline-request';

/** `timeout` when the identity service did not answer in time: the proxy answers 504, else 502. */
export class TokenError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'failed' = 'failed',
  ) {
    super(message);
  }
}

/** `refreshAt` comes a little before `expiresAt`: the token is replaced before it can expire in flight. */
type Cached = { token: string; expiresAt: number; refreshAt: number };

async function postForm(url: URL, form: URLSearchParams, tls: { cert?: string; key?: string }, timeoutMs: number) {
  const body = form.toString();
  const answer = await requestWithDeadlines(
    url,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        'content-length': Buffer.byteLength(body),
      },
      agent: false, // token fetches are rare: no pooled socket that may have gone stale
      ...(url.protocol === 'https:' ? tls : {}),
    },
    body,
    // A token answer is small: the whole of it is due within the same deadline as its headers.
    { connectMs: Math.min(5000, timeoutMs), headersMs: timeoutMs, totalMs: timeoutMs, maxBytes: 1024 * 1024 },
  );
  return { status: answer.status, body: answer.body.toString('utf8') };
}

export class TokenProvider {
  private cached: Cached | null = null;
  private inflight: Promise<Cached> | null = null;
  private lastError: string | null = null;
  /** How many tokens were fetched: tests and the status endpoint read it. */
  fetches = 0;

  constructor(
    private readonly key: ServiceKey,
    private readonly timeoutMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get host(): string {
    return new URL(this.key.certificate ? (this.key.certurl ?? this.key.url) : this.key.url).host;
  }

  async get(): Promise<string> {
    if (this.cached && this.now() < this.cached.refreshAt) return this.cached.token;
    this.inflight ??= this.fetchToken().finally(() => (this.inflight = null));
    return (await this.inflight).token;
  }

  /** After an upstream 401: drop this token so the next `get` fetches a fresh one. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }

  status() {
    return {
      state: this.cached && this.now() < this.cached.expiresAt ? 'valid' : this.lastError ? 'error' : 'none',
      validUntil: this.cached ? new Date(this.cached.expiresAt).toISOString() : null,
      error: this.lastError,
      fetches: this.fetches,
    };
  }

  private async fetchToken(): Promise<Cached> {
    const x509 = Boolean(this.key.certificate && this.key.key);
    const base = x509 ? (this.key.certurl ?? this.key.url) : this.key.url;
    const url = new URL('/oauth/token', base);
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.key.clientid });
    if (!x509) form.set('client_secret', this.key.clientsecret ?? '');
    let res: { status: number; body: string };
    try {
      this.fetches++;
      res = await postForm(url, form, x509 ? { cert: this.key.certificate, key: this.key.key } : {}, this.timeoutMs);
    } catch (err) {
      // Every caller waiting on this fetch gets this error; the next `get` starts a fresh fetch.
      if (err instanceof DeadlineExceeded)
        throw this.fail(`the identity service at ${url.host} did not answer in time (${err.message})`, 'timeout');
      throw this.fail(`the identity service at ${url.host} could not be reached (${(err as Error).message})`);
    }
    if (res.status !== 200)
      throw this.fail(
        `the identity service at ${url.host} refused the credentials (HTTP ${res.status}): check the service key's clientid and ${x509 ? 'certificate' : 'clientsecret'}`,
      );
    let parsed: { access_token?: string; expires_in?: number };
    try {
      parsed = JSON.parse(res.body);
    } catch {
      throw this.fail(`the identity service at ${url.host} answered with something that is not JSON`);
    }
    if (!parsed.access_token) throw this.fail(`the identity service at ${url.host} answered without an access token`);
    const ttlMs = (parsed.expires_in ?? 3600) * 1000;
    // Refresh a little before expiry: a fifth of the lifetime, at most a minute.
    const margin = Math.min(60_000, ttlMs * 0.2);
    const now = this.now();
    this.cached = { token: parsed.access_token, expiresAt: now + ttlMs, refreshAt: now + ttlMs - margin };
    this.lastError = null;
    return this.cached;
  }

  private fail(message: string, kind: TokenError['kind'] = 'failed'): TokenError {
    this.lastError = message;
    this.cached = null;
    return new TokenError(message, kind);
  }
}
