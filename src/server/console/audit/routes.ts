// GET /api/audit (filtered, paged, newest first), /api/audit/export (the same filters as CSV) and
// /api/audit/last (who changed these secrets last). Reads only: the log cannot be changed over HTTP.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { errorEnvelope } from '../../../contract';
import { toCsv } from './csv';
import { AUDIT_SCOPES, auditQuerySchema, type AuditEntry, type AuditStore } from './types';

type Vars = { Variables: { requestId: string; connection?: { name: string } } };

const EXPORT_MAX = 100_000;
const EXPORT_PAGE = 500;

const lastSchema = z
  .object({
    scope: z.enum(AUDIT_SCOPES),
    resourceGroup: z.string().trim().min(1).max(253).optional(),
    name: z.array(z.string().min(1).max(252)).min(1).max(500),
  })
  .refine((q) => (q.scope === 'group') === (q.resourceGroup !== undefined), {
    message: 'is required with scope=group and not allowed otherwise',
    path: ['resourceGroup'],
  });

function invalid(c: Context<Vars>, error: z.ZodError) {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'query';
  return c.json(
    errorEnvelope(
      'InvalidQuery',
      `Query parameter "${field}" ${issue?.message ?? 'is not valid'}.`,
      c.get('requestId'),
      new URL(c.req.url).pathname,
    ),
    400,
  );
}

const single = (c: Context<Vars>) => {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(c.req.url).searchParams) if (!(k in out)) out[k] = v;
  return out;
};

export function auditRoutes(store: AuditStore) {
  const app = new Hono<Vars>();

  app.get('/', async (c) => {
    const parsed = auditQuerySchema.safeParse(single(c));
    if (!parsed.success) return invalid(c, parsed.error);
    return c.json(await store.query(parsed.data));
  });

  app.get('/export', async (c) => {
    const parsed = auditQuerySchema.safeParse({ ...single(c), offset: 0, limit: EXPORT_PAGE });
    if (!parsed.success) return invalid(c, parsed.error);
    const rows: AuditEntry[] = [];
    for (let offset = 0; offset < EXPORT_MAX; offset += EXPORT_PAGE) {
      const page = await store.query({ ...parsed.data, offset });
      rows.push(...page.entries);
      if (page.entries.length < EXPORT_PAGE) break;
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    c.header('Content-Disposition', `attachment; filename="activity-${stamp}.csv"`);
    return c.body(toCsv(rows), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });

  app.get('/last', async (c) => {
    const params = new URL(c.req.url).searchParams;
    const parsed = lastSchema.safeParse({
      scope: params.get('scope') ?? undefined,
      resourceGroup: params.get('resourceGroup') ?? undefined,
      name: params.getAll('name'),
    });
    if (!parsed.success) return invalid(c, parsed.error);
    const { scope, resourceGroup, name } = parsed.data;
    const connection = c.get('connection')?.name ?? 'default';
    return c.json({ changes: await store.lastChanges({ connection, scope, resourceGroup: resourceGroup ?? null, names: name }) });
  });

  return app;
}
