// Reading secrets (GET, DELETE and the secret quota): scope headers and query parameters.
import { create, main, ok, tw, type BadRequest } from './common';

/** Scope headers and queries. */
export const scopeAndQueries: BadRequest[] = [
  { title: 'no scope headers', path: '/admin/secrets', method: 'POST', body: { name: 'x', data: ok }, status: 400, code: 'InvalidScope' },
  { title: '"*" without tenant scope', path: '/admin/secrets', headers: { 'AI-Resource-Group': '*' }, status: 400, code: 'InvalidScope' },
  { title: 'tenant scope "yes"', path: '/admin/secrets', headers: { 'AI-Tenant-Scope': 'yes' }, status: 400, code: 'InvalidScope' },
  {
    title: 'tenant scope "false" alone',
    path: '/admin/secrets',
    headers: { 'AI-Tenant-Scope': 'false' },
    status: 400,
    code: 'InvalidScope',
  },
  {
    title: 'unknown resource group',
    ...create({ name: 'x', data: ok }, { kind: 'group', resourceGroup: 'nope' }),
    status: 404,
    code: 'NotFound',
  },
  { title: 'GET of a missing secret', path: '/admin/secrets/missing', scope: main, status: 404, code: 'NotFound' },
  { title: 'DELETE of a missing secret', path: '/admin/secrets/missing', method: 'DELETE', scope: tw, status: 404, code: 'NotFound' },
  { title: 'negative $top', path: '/admin/secrets?$top=-1', scope: main, status: 400, code: 'InvalidQuery' },
  { title: '$top not a number', path: '/admin/secrets?%24top=ten', scope: main, status: 400, code: 'InvalidQuery' },
  { title: '$count neither true nor false', path: '/admin/secrets?$count=maybe', scope: main, status: 400, code: 'InvalidQuery' },
  { title: 'quota without scope', path: '/admin/resourceQuota/secrets', status: 400, code: 'InvalidScope' },
];
