// OAuth client credentials against SAP's identity service (XSUAA), with a cache: one token serves many
// requests, it is refreshed before it expires, and concurrent callers share one fetch.
import http from 'node:http';
import https from 'node:https';
import type { ServiceKey } from './credentials';

export class TokenError extends Error {}

/** `refreshAt` comes a little before `expiresAt`: the token is replaced before it can expire in flight. */
type Cached = { token: string; expiresAt: number; refreshAt: number };

function postForm(url: URL, form: URLSearchParams, tls: { cert?: string; key?: string }, timeoutMs: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const body = form.toString();
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'content-length': Buffer.byteLength(body),
        },
        timeout: timeoutMs,
        agent: false, // token fetches are rare: no pooled socket that may have gone stale
        ...(url.protocol === 'https:' ? tls : {}),
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
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

  private fail(message: string): TokenError {
    this.lastError = message;
    this.cached = null;
    return new TokenError(message);
  }
}
