// The resource-group half of the admin API (no scope headers): list with paging and a label selector,
// create, read, replace labels, scheduled deletion, and the group quota.
import type { Hono } from 'hono';
import { ApiError } from './api-error';
import { preferredPageSize } from './group-paging';
import { listBody, pageOf, readJson, type Env } from './http';
import type { Tenant } from './tenant';

const LIST_PATH = '/v2/admin/resourceGroups';

export function mountResourceGroupRoutes(app: Hono<Env>, tenant: Tenant, options: { maxPageSize: number }): void {
  app.get(LIST_PATH, (c) => {
    const { page, count, params } = pageOf(c);
    const preferredSize = preferredPageSize(c.req.header('prefer'));
    const { total, resources, next, pageSize } = tenant.listGroups({
      page,
      // SAP's SDK sends one labelSelector parameter per term; a comma-separated one works too.
      selector: params.getAll('labelSelector').join(','),
      preferredSize,
      continueToken: params.get('continueToken'),
      maxPageSize: options.maxPageSize,
    });
    if (next) c.header('Link', `<${LIST_PATH}?continueToken=${next}>; rel="next"`);
    if (preferredSize !== undefined && pageSize !== null) c.header('Preference-Applied', `maxpagesize=${pageSize}`);
    return c.json(listBody(total, resources, count));
  });
  app.post(LIST_PATH, async (c) => c.json(tenant.createGroup(await readJson(c)), 202));
  app.get(`${LIST_PATH}/:id`, (c) => c.json(tenant.getGroup(c.req.param('id'))));
  app.patch(`${LIST_PATH}/:id`, async (c) => {
    tenant.patchGroup(c.req.param('id'), await readJson(c));
    return c.body(null, 202);
  });
  app.delete(`${LIST_PATH}/:id`, (c) => {
    const id = c.req.param('id');
    tenant.deleteGroup(id);
    return c.json({ id, message: 'Resource Group deletion scheduled' }, 202);
  });

  app.get('/v2/admin/resourceQuota/resourceGroups', (c) => {
    const raw = new URL(c.req.url).searchParams.get('quotaOnly');
    if (raw !== null && !/^(true|false)$/i.test(raw))
      throw new ApiError(400, 'InvalidQuery', 'Query parameter quotaOnly must be true or false');
    const q = tenant.groupQuota();
    return c.json(raw?.toLowerCase() === 'true' ? { quota: q.quota } : q);
  });
}
