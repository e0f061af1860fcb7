// A catalogue of malformed requests. Each must get a 4xx in the error envelope and change nothing,
// whether sent to the emulator directly or through the console's proxy.
// One file an endpoint; this list keeps the catalogue's order.
import { auth } from './auth';
import type { BadRequest } from './common';
import { groups, paging, scheduledDeletion } from './resource-groups';
import { bodies, data, labels, names, quotaAndDuplicates } from './secrets-create';
import { patch } from './secrets-patch';
import { scopeAndQueries } from './secrets-read';

export type { BadRequest } from './common';
export { seedForBadRequests } from './seed';

export const badRequests: BadRequest[] = [
  ...names,
  ...data,
  ...labels,
  ...patch,
  ...quotaAndDuplicates,
  ...bodies,
  ...scopeAndQueries,
  ...auth,
  ...groups,
  ...scheduledDeletion,
  ...paging,
];
