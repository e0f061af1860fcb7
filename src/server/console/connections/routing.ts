// Which connection a request is for: `/api/c/{name}/...`, or the default connection for every other path
// (the aliases `/api/v2/...` and `/api/console` included). Handlers, audit and logs read `c.var.connection`.
import type { MiddlewareHandler } from 'hono';
import { errorEnvelope } from '../../../contract';
import type { ConsoleEnv } from '../context';
import type { Connection, ConnectionRegistry } from './registry';

export type ConnectionEnv = ConsoleEnv;

const PREFIX = '/api/c/';

/** The name in `/api/c/{name}/...`, or null for any other path. */
function nameIn(path: string): string | null {
  if (!path.startsWith(PREFIX)) return null;
  const end = path.indexOf('/', PREFIX.length);
  const raw = path.slice(PREFIX.length, end === -1 ? undefined : end);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The request's connection: the named one, the default for every other path, none for an unknown name. */
export function connectionOf(registry: ConnectionRegistry, path: string): Connection | undefined {
  const name = nameIn(path);
  return name === null ? registry.default : registry.get(name);
}

/** `/api/c/{unknown}/...`: a 404 in the envelope that names it and the connections there are. */
export function refuseUnknownConnection(registry: ConnectionRegistry): MiddlewareHandler<ConnectionEnv> {
  return async (c, next) => {
    if (c.get('connection')) return next();
    const name = nameIn(c.req.path) ?? '';
    const known = registry.summaries().map((s) => s.name);
    // The name is echoed, cut short: it is the caller's own input and never a secret.
    const message = `No connection named "${name.slice(0, 64)}". This console has: ${known.join(', ')}.`;
    return c.json(errorEnvelope('NotFound', message, c.get('requestId'), c.req.path), 404);
  };
}

/** The part of `/api/c/{name}/v2/...` or `/api/v2/...` after `/v2`. */
export function upstreamRest(pathname: string): string {
  return pathname.replace(/^\/api(?:\/c\/[^/]+)?\/v2/, '');
}

/** The connection fields of `GET /api/console`; `writes` is the key's verdict, before the user's role. */
export async function connectionStatus(registry: ConnectionRegistry, connection: Connection) {
  try {
    // The token is cached: this learns its scopes without a second fetch.
    connection.access.observeToken(await connection.upstream.tokens.get());
  } catch {
    /* no token: the health check reports why */
  }
  return {
    writes: connection.access.state,
    connection: { name: connection.name, protected: connection.protected },
    connections: registry.summaries(),
  };
}
