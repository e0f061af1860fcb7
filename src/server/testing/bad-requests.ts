// A catalogue of malformed requests. Each must get a 4xx in the error envelope and change nothing,
// whether sent to the emulator directly or through the console's proxy.
import { textToBase64, type Scope } from '../../contract';
import type { Call, client } from './emulator-fixture';

export type BadRequest = Call & {
  title: string;
  path: string;
  status: number;
  code: string;
  /** Only meaningful straight to the emulator (the proxy always adds a token). */
  directOnly?: boolean;
  /** The proxy answers this one itself (same status and envelope, its own code). */
  proxyCode?: string;
};

const main: Scope = { kind: 'main' };
const tw: Scope = { kind: 'tenant-wide' };
const teamA: Scope = { kind: 'group', resourceGroup: 'team-a' };
const leaving: Scope = { kind: 'group', resourceGroup: 'leaving' };
const ok = { k: textToBase64('v') };
const create = (body: unknown, scope: Scope = main) => ({ path: '/admin/secrets', method: 'POST', scope, body });
const withLabel = (key: string, value = 'v') => create({ name: 'labelled', data: ok, labels: [{ key, value }] });
const withData = (data: unknown) => create({ name: 'd', data });
const withName = (name: unknown) => create({ name, data: ok });

/** The state the catalogue runs against. */
export async function seedForBadRequests(api: ReturnType<typeof client>) {
  await api('/admin/resourceGroups', { body: { resourceGroupId: 'team-a' } });
  await api('/admin/secrets', {
    scope: main,
    body: { name: 'existing', data: ok, labels: [{ key: 'ext.ai.sap.com/document-grounding', value: 'true' }] },
  });
  await api('/admin/secrets', { scope: teamA, body: { name: 'g-secret', data: ok } });
  // A group whose deletion is scheduled (test emulators keep it so for a minute).
  await api('/admin/resourceGroups', { body: { resourceGroupId: 'leaving' } });
  await api('/admin/secrets', { scope: leaving, body: { name: 'l-secret', data: ok } });
  await api('/admin/resourceGroups/leaving', { method: 'DELETE' });
  for (let i = 1; i <= 5; i++) {
    const labels = i === 1 ? [{ key: 'ext.ai.sap.com/documentRepositoryType', value: 'S3' }] : [];
    await api('/admin/secrets', { scope: tw, body: { name: `tw-${i}`, data: ok, labels } });
  }
}

const MiB = 1024 * 1024;

export const badRequests: BadRequest[] = [
  // names
  { title: 'uppercase name from old docs', ...withName('MY_GENERIC_SECRET'), status: 400, code: 'InvalidName' },
  { title: 'underscore in name', ...withName('a_b'), status: 400, code: 'InvalidName' },
  { title: 'empty name', ...withName(''), status: 400, code: 'InvalidName' },
  { title: 'name of 253 characters', ...withName('a'.repeat(253)), status: 400, code: 'InvalidName' },
  { title: 'slash in name', ...withName('a/b'), status: 400, code: 'InvalidName' },
  { title: 'path traversal name', ...withName('../etc'), status: 400, code: 'InvalidName' },
  { title: 'non-ASCII name', ...withName('sécret'), status: 400, code: 'InvalidName' },
  { title: 'space in name', ...withName('my secret'), status: 400, code: 'InvalidName' },
  { title: 'name not a string', ...withName(123), status: 400, code: 'InvalidName' },
  { title: 'name missing', ...create({ data: ok }), status: 400, code: 'InvalidName' },
  { title: 'zero-width space in name', ...withName('ab\u200bc'), status: 400, code: 'InvalidName' },
  // data
  { title: 'data missing', ...create({ name: 'd' }), status: 400, code: 'InvalidData' },
  { title: 'data empty', ...withData({}), status: 400, code: 'InvalidData' },
  { title: 'data a string', ...withData('Zm9v'), status: 400, code: 'InvalidData' },
  { title: 'value not Base64', ...withData({ k: '!!!!' }), status: 400, code: 'InvalidData' },
  { title: 'value unpadded', ...withData({ k: 'Zm9vYg' }), status: 400, code: 'InvalidData' },
  { title: 'value non-canonical', ...withData({ k: 'Zm9vYh==' }), status: 400, code: 'InvalidData' },
  { title: 'value with a space', ...withData({ k: 'Zm9v YmFy' }), status: 400, code: 'InvalidData' },
  { title: 'value URL-safe alphabet', ...withData({ k: 'a-_b' }), status: 400, code: 'InvalidData' },
  { title: 'value plain text', ...withData({ k: 'hello world' }), status: 400, code: 'InvalidData' },
  { title: 'value a number', ...withData({ k: 5 }), status: 400, code: 'InvalidData' },
  { title: 'key with a space', ...withData({ 'bad key': 'Zm9v' }), status: 400, code: 'InvalidData' },
  { title: 'key with a slash', ...withData({ 'a/b': 'Zm9v' }), status: 400, code: 'InvalidData' },
  { title: 'empty key', ...withData({ '': 'Zm9v' }), status: 400, code: 'InvalidData' },
  { title: 'key of 254 characters', ...withData({ ['k'.repeat(254)]: 'Zm9v' }), status: 400, code: 'InvalidData' },
  { title: 'non-ASCII key', ...withData({ clé: 'Zm9v' }), status: 400, code: 'InvalidData' },
  { title: 'one good and one bad value', ...withData({ a: 'Zm9v', b: 'no!!' }), status: 400, code: 'InvalidData' },
  {
    title: 'decoded data over 1 MiB',
    ...withData({ big: btoa('x'.repeat(MiB - 2)), more: btoa('xyz') }),
    status: 400,
    code: 'InvalidData',
  },
  // labels
  { title: 'labels an object', ...create({ name: 'l', data: ok, labels: { 'ext.ai.sap.com/a': 'b' } }), status: 400, code: 'InvalidLabel' },
  { title: 'label without prefix', ...withLabel('team'), status: 400, code: 'InvalidLabel' },
  { title: 'label with wrong prefix', ...withLabel('ext.ai.sap.org/team'), status: 400, code: 'InvalidLabel' },
  { title: 'backtracking label key', ...withLabel(`ext.ai.sap.com/${'a'.repeat(40)}!`), status: 400, code: 'InvalidLabel' },
  { title: 'label key over 63 characters', ...withLabel(`ext.ai.sap.com/${'a'.repeat(49)}`), status: 400, code: 'InvalidLabel' },
  { title: 'label key prefix only', ...withLabel('ext.ai.sap.com/'), status: 400, code: 'InvalidLabel' },
  { title: 'label key ending in "-"', ...withLabel('ext.ai.sap.com/team-'), status: 400, code: 'InvalidLabel' },
  { title: 'label key starting with "."', ...withLabel('ext.ai.sap.com/.team'), status: 400, code: 'InvalidLabel' },
  { title: 'label value of 5001 characters', ...withLabel('ext.ai.sap.com/a', 'v'.repeat(5001)), status: 400, code: 'InvalidLabel' },
  {
    title: 'duplicate label keys',
    ...create({
      name: 'l',
      data: ok,
      labels: [
        { key: 'ext.ai.sap.com/a', value: '1' },
        { key: 'ext.ai.sap.com/a', value: '2' },
      ],
    }),
    status: 400,
    code: 'InvalidLabel',
  },
  {
    title: 'label without value',
    ...create({ name: 'l', data: ok, labels: [{ key: 'ext.ai.sap.com/a' }] }),
    status: 400,
    code: 'InvalidLabel',
  },
  {
    title: 'label value a number',
    ...create({ name: 'l', data: ok, labels: [{ key: 'ext.ai.sap.com/a', value: 1 }] }),
    status: 400,
    code: 'InvalidLabel',
  },
  // PATCH
  {
    title: 'PATCH with neither data nor labels',
    path: '/admin/secrets/existing',
    method: 'PATCH',
    scope: main,
    body: {},
    status: 400,
    code: 'InvalidRequest',
  },
  {
    title: 'PATCH changing a protected label',
    path: '/admin/secrets/existing',
    method: 'PATCH',
    scope: main,
    body: { labels: [{ key: 'ext.ai.sap.com/document-grounding', value: 'false' }] },
    status: 400,
    code: 'ProtectedLabel',
  },
  {
    title: 'PATCH removing a protected label',
    path: '/admin/secrets/tw-1',
    method: 'PATCH',
    scope: tw,
    body: { labels: [{ key: 'ext.ai.sap.com/documentRepositoryType', value: '' }] },
    status: 400,
    code: 'ProtectedLabel',
  },
  {
    title: 'PATCH with a protected label among good ones',
    path: '/admin/secrets/existing',
    method: 'PATCH',
    scope: main,
    body: {
      data: ok,
      labels: [
        { key: 'ext.ai.sap.com/ok', value: '1' },
        { key: 'ext.ai.sap.com/document-grounding', value: 'x' },
      ],
    },
    status: 400,
    code: 'ProtectedLabel',
  },
  {
    title: 'PATCH with bad data',
    path: '/admin/secrets/existing',
    method: 'PATCH',
    scope: main,
    body: { data: { k: 'no!' } },
    status: 400,
    code: 'InvalidData',
  },
  {
    title: 'PATCH with empty data',
    path: '/admin/secrets/existing',
    method: 'PATCH',
    scope: main,
    body: { data: {} },
    status: 400,
    code: 'InvalidData',
  },
  {
    title: 'PATCH with an unprefixed label',
    path: '/admin/secrets/existing',
    method: 'PATCH',
    scope: main,
    body: { labels: [{ key: 'owner', value: 'me' }] },
    status: 400,
    code: 'InvalidLabel',
  },
  {
    title: 'PATCH of a missing secret',
    path: '/admin/secrets/missing',
    method: 'PATCH',
    scope: main,
    body: { data: ok },
    status: 404,
    code: 'NotFound',
  },
  {
    title: 'PATCH of a group secret in the main tenant',
    path: '/admin/secrets/g-secret',
    method: 'PATCH',
    scope: main,
    body: { data: ok },
    status: 404,
    code: 'NotFound',
  },
  // quota and duplicates
  { title: 'sixth tenant-wide secret', ...create({ name: 'tw-6', data: ok }, tw), status: 400, code: 'QuotaExceeded' },
  { title: 'duplicate name in the main tenant', ...create({ name: 'existing', data: ok }), status: 409, code: 'AlreadyExists' },
  { title: 'duplicate name in a group', ...create({ name: 'g-secret', data: ok }, teamA), status: 409, code: 'AlreadyExists' },
  { title: 'duplicate tenant-wide name', ...create({ name: 'tw-2', data: ok }, tw), status: 409, code: 'AlreadyExists' },
  // bodies
  {
    title: 'malformed JSON',
    path: '/admin/secrets',
    method: 'POST',
    scope: main,
    rawBody: '{"name": "x",',
    headers: { 'content-type': 'application/json' },
    status: 400,
    code: 'InvalidJson',
  },
  {
    title: 'JSON null',
    path: '/admin/secrets',
    method: 'POST',
    scope: main,
    rawBody: 'null',
    headers: { 'content-type': 'application/json' },
    status: 400,
    code: 'InvalidRequest',
  },
  { title: 'JSON array', path: '/admin/secrets', method: 'POST', scope: main, body: [], status: 400, code: 'InvalidRequest' },
  {
    title: 'text/plain body',
    path: '/admin/secrets',
    method: 'POST',
    scope: main,
    rawBody: '{}',
    headers: { 'content-type': 'text/plain' },
    status: 415,
    code: 'UnsupportedMediaType',
  },
  {
    title: 'form body',
    path: '/admin/secrets',
    method: 'POST',
    scope: main,
    rawBody: 'name=x',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 415,
    code: 'UnsupportedMediaType',
  },
  {
    title: 'body of 3 MiB',
    path: '/admin/secrets',
    method: 'POST',
    scope: main,
    rawBody: JSON.stringify({ name: 'huge', data: { k: 'A'.repeat(3 * MiB) } }),
    headers: { 'content-type': 'application/json' },
    status: 413,
    code: 'PayloadTooLarge',
  },
  // scope headers and queries
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
  // auth (straight to the emulator only)
  {
    title: 'no bearer token',
    path: '/admin/secrets',
    scope: main,
    headers: { authorization: '' },
    status: 401,
    code: 'Unauthorized',
    directOnly: true,
  },
  {
    title: 'forged bearer token',
    path: '/admin/secrets',
    scope: main,
    headers: { authorization: 'Bearer a.b.c' },
    status: 401,
    code: 'Unauthorized',
    directOnly: true,
  },
  // resource groups
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
  // scheduled deletion: a group being deleted takes no new writes
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
  // paging and the group quota
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
