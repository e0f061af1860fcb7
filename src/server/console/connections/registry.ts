// The console's connections by name: each AI Core service key with its own token cache, its own upstream
// client (and keep-alive pool) and what the console has learned about its write access.
import { apiBase } from '../credentials';
import type { Upstream } from '../proxy';
import { TokenProvider } from '../token-provider';
import { UpstreamClient } from '../upstream-client';
import type { ConnectionSpec } from './config';
import { WriteAccess } from './write-access';

export type Connection = { name: string; protected: boolean; upstream: Upstream; access: WriteAccess };

export class UnknownConnection extends Error {}

export class ConnectionRegistry {
  private readonly byName = new Map<string, Connection>();
  readonly default: Connection;

  constructor(
    specs: readonly ConnectionSpec[],
    { timeoutMs = 30_000, tokenTimeoutMs }: { timeoutMs?: number; tokenTimeoutMs?: number } = {},
  ) {
    if (specs.length === 0) throw new Error('the console needs at least one connection');
    for (const spec of specs) {
      if (this.byName.has(spec.name)) throw new Error(`two connections are named "${spec.name}"`);
      const base = apiBase(spec.serviceKey.serviceurls.AI_API_URL);
      this.byName.set(spec.name, {
        name: spec.name,
        protected: spec.protected,
        upstream: {
          base,
          host: new URL(base).host,
          tokens: new TokenProvider(spec.serviceKey, tokenTimeoutMs),
          timeoutMs,
          client: new UpstreamClient(base, timeoutMs),
        },
        access: new WriteAccess(),
      });
    }
    // The first connection is the default: `/api/v2` and `/api/console` are its aliases.
    this.default = this.byName.values().next().value!;
  }

  get(name: string): Connection | undefined {
    return this.byName.get(name);
  }

  list(): Connection[] {
    return [...this.byName.values()];
  }

  /** What the browser may know of every connection: names and which are protected, never a key or host. */
  summaries(): { name: string; protected: boolean }[] {
    return this.list().map((c) => ({ name: c.name, protected: c.protected }));
  }

  close(): void {
    for (const c of this.byName.values()) c.upstream.client.close();
  }
}
