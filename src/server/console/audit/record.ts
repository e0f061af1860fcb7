// Write-ahead around a proxied write: the attempt is stored before anything goes upstream, the outcome
// after AI Core answers. If the log cannot be written, the change is not made.
import { describeChange } from './describe';
import type { AuditStore, AuditResult } from './types';

export type WriteContext = {
  method: string;
  upstreamPath: string;
  headers: Headers;
  body: ArrayBuffer | null;
  user: string;
  connection: string;
  consoleRequestId: string;
};

export type Answer = { status: number; headers: Record<string, string> };

export class AuditUnavailable extends Error {}

const resultOf = (answer: Answer): AuditResult => ({
  // A time-out says nothing about whether AI Core made the change: it stays unknown.
  outcome: answer.status === 504 ? 'unknown' : answer.status < 400 ? 'success' : 'failure',
  status: answer.status,
  requestId: answer.headers['x-request-id'] ?? null,
});

export async function recordWrite<A extends Answer>(store: AuditStore | undefined, ctx: WriteContext, send: () => Promise<A>): Promise<A> {
  const change = store && describeChange(ctx.method, ctx.upstreamPath, ctx.headers, ctx.body);
  if (!store || !change) return send();
  let id: string;
  try {
    id = await store.begin({ ...change, user: ctx.user, connection: ctx.connection, consoleRequestId: ctx.consoleRequestId });
  } catch (err) {
    throw new AuditUnavailable(`the activity log cannot be written (${(err as Error).message})`);
  }
  const answer = await send();
  try {
    await store.finish(id, resultOf(answer));
  } catch {
    // The change happened; its attempt is on record and reads as `unknown`. Failing the response now would
    // make the admin retry a change that is already made.
  }
  return answer;
}

/** A write the console refused itself (a viewer's, say): recorded as such, never forwarded. */
export async function recordRefusal(store: AuditStore | undefined, ctx: WriteContext, status: number): Promise<void> {
  const change = store && describeChange(ctx.method, ctx.upstreamPath, ctx.headers, ctx.body);
  if (!store || !change) return;
  await store
    .refused({ ...change, user: ctx.user, connection: ctx.connection, consoleRequestId: ctx.consoleRequestId }, status)
    .catch(() => {});
}
