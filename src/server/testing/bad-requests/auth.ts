// The bearer token, straight to the emulator only (the proxy always adds one).
import { type BadRequest, main } from './common';

/** Auth (straight to the emulator only). */
export const auth: BadRequest[] = [
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
];
