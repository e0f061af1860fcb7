// The activity log's edge to the console's Hono app: what a write is, read from the request.
import type { Context } from 'hono';
import type { ConsoleEnv as Vars } from '../context';
import { upstreamPath } from '../routes';
import { recordRefusal, type WriteContext } from './record';
import type { AuditStore } from './types';

export function writeContext(c: Context<Vars>, upstream: string, body: ArrayBuffer | null): WriteContext {
  return {
    method: c.req.method,
    upstreamPath: upstream,
    headers: c.req.raw.headers,
    body,
    // Without sign-in there is one user, on this machine.
    user: c.get('user')?.name ?? 'local',
    connection: c.get('connection')?.name ?? 'default',
    consoleRequestId: c.get('requestId'),
  };
}

/** Records a write the console refused (a viewer's) with what it would have changed; never forwards it. */
export async function recordRefusedWrite(store: AuditStore | undefined, c: Context<Vars>, maxBody: number): Promise<void> {
  if (!store) return;
  const rest = /^\/api(?:\/c\/[^/]+)?\/v2(\/.*)$/.exec(c.req.path)?.[1];
  const target = rest && upstreamPath(c.req.method, rest);
  if (!target) return;
  const declared = Number(c.req.header('content-length') ?? 0);
  const body = c.req.method === 'DELETE' || declared > maxBody ? null : await c.req.arrayBuffer().catch(() => null);
  await recordRefusal(store, writeContext(c, target, body && body.byteLength <= maxBody ? body : null), 403);
}
