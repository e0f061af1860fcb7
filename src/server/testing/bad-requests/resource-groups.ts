// Resource groups (/admin/resourceGroups and their quota), and a group whose deletion is scheduled.
import { create, leaving, ok, type BadRequest } from './common';

/** Resource groups. */
export const groups: BadRequest[] = [
  {
    title: 'group id too short',
    path: '/admin/resourceGroups',
    method: 'POST',
    body: { resourceGroupId: 'ab' },
    status: 400,
    code: 'InvalidName',
  },
  {
    title: 'group id with underscores',
    path: '/admin/resourceGroups',
    method: 'POST',
    body: { resourceGroupId: 'a_b_c' },
    status: 400,
    code: 'InvalidName',
  },
  {
    title: 'group id ending in "-"',
    path: '/admin/resourceGroups',
    method: 'POST',
    body: { resourceGroupId: 'team-' },
    status: 400,
    code: 'InvalidName',
  },
  {
    title: 'duplicate group',
    path: '/admin/resourceGroups',
    method: 'POST',
    body: { resourceGroupId: 'team-a' },
    status: 409,
    code: 'AlreadyExists',
  },
  { title: 'deleting "default"', path: '/admin/resourceGroups/default', method: 'DELETE', status: 400, code: 'DeletionNotAllowed' },
  { title: 'GET of a missing group', path: '/admin/resourceGroups/nope', status: 404, code: 'NotFound' },
  { title: 'malformed labelSelector', path: '/admin/resourceGroups?labelSelector=abc', status: 400, code: 'InvalidQuery' },
  {
    title: 'group PATCH without labels',
    path: '/admin/resourceGroups/team-a',
    method: 'PATCH',
    body: {},
    status: 400,
    code: 'InvalidLabel',
  },
  {
    title: 'group label without prefix',
    path: '/admin/resourceGroups/team-a',
    method: 'PATCH',
    body: { labels: [{ key: 'x', value: 'y' }] },
    status: 400,
    code: 'InvalidLabel',
  },
  {
    title: 'group created with a label without prefix',
    path: '/admin/resourceGroups',
    method: 'POST',
    body: { resourceGroupId: 'labelled-group', labels: [{ key: 'team', value: 'a' }] },
    status: 400,
    code: 'InvalidLabel',
  },
  {
    title: 'group created with a duplicate label key',
    path: '/admin/resourceGroups',
    method: 'POST',
    body: {
      resourceGroupId: 'labelled-group',
      labels: [
        { key: 'ext.ai.sap.com/a', value: '1' },
        { key: 'ext.ai.sap.com/a', value: '2' },
      ],
    },
    status: 400,
    code: 'InvalidLabel',
  },
];

/** Scheduled deletion: a group being deleted takes no new writes. */
export const scheduledDeletion: BadRequest[] = [
  {
    title: 'secret created in a group being deleted',
    ...create({ name: 'late', data: ok }, leaving),
    status: 409,
    code: 'ResourceGroupDeleting',
  },
  {
    title: 'secret rotated in a group being deleted',
    path: '/admin/secrets/l-secret',
    method: 'PATCH',
    scope: leaving,
    body: { data: ok },
    status: 409,
    code: 'ResourceGroupDeleting',
  },
  {
    title: 'labels of a group being deleted',
    path: '/admin/resourceGroups/leaving',
    method: 'PATCH',
    body: { labels: [] },
    status: 409,
    code: 'ResourceGroupDeleting',
  },
  {
    title: 'group created again while the old one is being deleted',
    path: '/admin/resourceGroups',
    method: 'POST',
    body: { resourceGroupId: 'leaving' },
    status: 409,
    code: 'AlreadyExists',
  },
];

/** Paging and the group quota. */
export const paging: BadRequest[] = [
  {
    title: 'Prefer: maxpagesize=0',
    path: '/admin/resourceGroups',
    headers: { Prefer: 'maxpagesize=0' },
    status: 400,
    code: 'InvalidRequest',
  },
  {
    title: 'Prefer: maxpagesize not a number',
    path: '/admin/resourceGroups',
    headers: { Prefer: 'maxpagesize=lots' },
    status: 400,
    code: 'InvalidRequest',
  },
  { title: 'continueToken never issued', path: '/admin/resourceGroups?continueToken=abc', status: 400, code: 'InvalidQuery' },
  {
    title: 'continueToken with bad characters',
    path: '/admin/resourceGroups?continueToken=%3Cscript%3E',
    status: 400,
    code: 'InvalidQuery',
  },
  {
    title: 'continueToken of 10,000 characters',
    path: `/admin/resourceGroups?continueToken=${'a'.repeat(10_000)}`,
    status: 400,
    code: 'InvalidQuery',
  },
  {
    title: 'group quota with quotaOnly=maybe',
    path: '/admin/resourceQuota/resourceGroups?quotaOnly=maybe',
    status: 400,
    code: 'InvalidQuery',
  },
];
