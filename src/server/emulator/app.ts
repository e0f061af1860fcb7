// The emulator's HTTP surface: SAP AI Core's admin API for generic secrets and resource groups, its
// OAuth token endpoint, and a consumption view outside /v2 for tests and demos.
import { randomUUID } from 'node:crypto';
import { Hono, type Context, type Next } from 'hono';
import { ApiError } from './api-error';
import { errorResponse, listBody, pageOf, readBody, readJson, refuseBrowserCrossSite, scopeOf, type Env } from './http';
import { clientFrom, issueToken, sameSecret, verifyToken, type Credentials } from './oauth';
import type { Replicator } from './replicator';
import type { Tenant } from './tenant';
import { READ_ONLY_SCOPES, requireWriteScope, type ReadOnlyClient } from './read-only';
import { mountResourceGroupRoutes } from './resource-group-routes';

export type EmulatorDeps = {
  tenant: Tenant;
  replicator: Replicator;
  credentials: Credentials;
  /** A second client of the tenant whose tokens may only read. */
  readOnlyClient?: ReadOnlyClient;
  tokenTtlSeconds: number;
  latencyMs: number;
  /** The most groups a list page holds; 0: as many as the client asks. */
  groupPageSize?: number;
};

/** Base64 of 1 MiB plus room for keys and labels. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createEmulatorApp(deps: EmulatorDeps) {
  const { tenant, credentials } = deps;
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    c.set('requestId', randomUUID());
    c.header('x-request-id', c.get('requestId'));
    await next();
  });
  app.use('*', readBody(MAX_BODY_BYTES));
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    console.error(`emulator: ${c.req.method} ${new URL(c.req.url).pathname} failed: ${err.message}`);
    return errorResponse(c, new ApiError(500, 'InternalError', 'The emulator could not complete the request; nothing was changed'));
  });
  app.notFound((c) => errorResponse(c, new ApiError(404, 'NotFound', `No such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}`)));

  app.post('/oauth/token', async (c) => {
    const form = new URLSearchParams(c.get('body') ?? '');
    if (form.get('grant_type') !== 'client_credentials')
      return c.json({ error: 'unsupported_grant_type', error_description: 'only client_credentials is supported' }, 400);
    const client = clientFrom(c.req.header('authorization'), form);
    const ro = deps.readOnlyClient;
    const readOnly = ro !== undefined && client.id === ro.clientId && sameSecret(client.secret ?? '', ro.clientSecret);
    if (!readOnly && (client.id !== credentials.clientId || !sameSecret(client.secret ?? '', credentials.clientSecret)))
      return c.json({ error: 'invalid_client', error_description: 'Bad credentials' }, 401);
    const scope = readOnly ? READ_ONLY_SCOPES : undefined;
    return c.json(issueToken(credentials, tenant.state.tenantId, deps.tokenTtlSeconds, new URL(c.req.url).origin, scope));
  });

  const requireToken = async (c: Context<Env>, next: Next) => {
    const auth = c.req.header('authorization') ?? '';
    const token = auth.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : '';
    if (!token || !verifyToken(credentials, token))
      return errorResponse(c, new ApiError(401, 'Unauthorized', 'A valid, unexpired bearer token is required'));
    if (deps.latencyMs > 0) await new Promise((r) => setTimeout(r, deps.latencyMs));
    await next();
  };
  app.use('/v2/*', requireToken);
  app.use('/v2/*', requireWriteScope());
  // Every endpoint outside AI Core's API needs the same bearer token and refuses a web page (README).
  app.use('/__emulator/*', refuseBrowserCrossSite, requireToken);

  // ---- generic secrets ----
  app.get('/v2/admin/secrets', (c) => {
    const scope = scopeOf(c);
    const { page, count } = pageOf(c);
    const { total, resources } = tenant.listSecrets(scope, page);
    return c.json(listBody(total, resources, count));
  });
  app.post('/v2/admin/secrets', async (c) => {
    const scope = scopeOf(c);
    const name = tenant.createSecret(scope, await readJson(c));
    return c.json({ message: 'secret has been created', name }, 200);
  });
  app.get('/v2/admin/secrets/:name', (c) => c.json(tenant.getSecret(scopeOf(c), c.req.param('name'))));
  app.patch('/v2/admin/secrets/:name', async (c) => {
    const scope = scopeOf(c);
    const name = c.req.param('name');
    tenant.patchSecret(scope, name, await readJson(c));
    return c.json({ message: 'The secret has been modified', name });
  });
  app.delete('/v2/admin/secrets/:name', (c) => {
    tenant.deleteSecret(scopeOf(c), c.req.param('name'));
    return c.json(200);
  });

  app.get('/v2/admin/resourceQuota/secrets', (c) => {
    const q = tenant.quota(scopeOf(c));
    const quotaOnly = new URL(c.req.url).searchParams.get('quotaOnly')?.toLowerCase() === 'true';
    return c.json(quotaOnly ? { quota: q.quota } : q);
  });

  mountResourceGroupRoutes(app, tenant, { maxPageSize: deps.groupPageSize ?? 0 });

  // ---- outside the real API: what a deployment would see mounted ----
  app.get('/__emulator/resourceGroups/:id/secrets/:name', (c) => c.json(tenant.consumption(c.req.param('id'), c.req.param('name'))));
  app.post('/__emulator/resync', (c) => {
    deps.replicator.resync();
    return c.json({ ok: true });
  });
  app.get('/__emulator/health', (c) => c.json({ ok: true }));

  return app;
}
