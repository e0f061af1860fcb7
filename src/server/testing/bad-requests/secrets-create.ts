// Creating a secret (POST /admin/secrets): bad names, data, labels and bodies, quota and duplicates.
import { create, MiB, ok, teamA, tw, withData, withLabel, withName, main, type BadRequest } from './common';

/** Names. */
export const names: BadRequest[] = [
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
];

/** Data. */
export const data: BadRequest[] = [
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
];

/** Labels. */
export const labels: BadRequest[] = [
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
];

/** Quota and duplicates. */
export const quotaAndDuplicates: BadRequest[] = [
  { title: 'sixth tenant-wide secret', ...create({ name: 'tw-6', data: ok }, tw), status: 400, code: 'QuotaExceeded' },
  { title: 'duplicate name in the main tenant', ...create({ name: 'existing', data: ok }), status: 409, code: 'AlreadyExists' },
  { title: 'duplicate name in a group', ...create({ name: 'g-secret', data: ok }, teamA), status: 409, code: 'AlreadyExists' },
  { title: 'duplicate tenant-wide name', ...create({ name: 'tw-2', data: ok }, tw), status: 409, code: 'AlreadyExists' },
];

/** Bodies. */
export const bodies: BadRequest[] = [
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
];
