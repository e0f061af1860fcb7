// What the stories of the newer pages share, by keyboard (keyboard-newer-pages.spec.ts) and on a phone
// (narrow-newer-pages.spec.ts): the scopes they use, a secret's own page, and Compare's two connections.
import type { APIRequestContext, Page } from '@playwright/test';
import { scopeToHeaders, type Scope } from '../src/contract';
import { settled } from './a11y';
import { expect, unique } from './fixtures';

export const main: Scope = { kind: 'main' };
export const tenantWide: Scope = { kind: 'tenant-wide' };
export const teamVision: Scope = { kind: 'group', resourceGroup: 'team-vision' };
export const group = (resourceGroup: string): Scope => ({ kind: 'group', resourceGroup });

const secretPagePath = (scope: Scope, name: string) =>
  scope.kind === 'group' ? `/secrets/groups/${scope.resourceGroup}/${name}` : `/secrets/${scope.kind}/${name}`;

/** Opens a secret's own page and waits until its heading (the name) is there. */
export async function openSecretPage(page: Page, scope: Scope, name: string) {
  await page.goto(secretPagePath(scope, name));
  await settled(page, name);
}

/** Set-up and clean-up on another connection's API (Compare reads two). */
export function on(request: APIRequestContext, connection: string) {
  const base = `/api/c/${connection}/v2/admin/secrets`;
  const headers = (scope: Scope) => ({ 'x-console-request': '1', ...scopeToHeaders(scope) });
  return {
    create: async (scope: Scope, name: string) => {
      const res = await request.post(base, { headers: headers(scope), data: { name, data: { k: 'dmFsdWU=' } } });
      expect(res.status(), await res.text()).toBe(200);
    },
    status: async (scope: Scope, name: string) => (await request.get(`${base}/${name}`, { headers: headers(scope) })).status(),
    remove: (scope: Scope, name: string) => request.delete(`${base}/${name}`, { headers: headers(scope) }).catch(() => undefined),
  };
}

/** A main-tenant secret that only prod has, for a Compare story; after the story it is gone from both sides. */
export async function withOnlyInProd(request: APIRequestContext, prefix: string, story: (name: string) => Promise<void>) {
  const dev = on(request, 'dev');
  const prod = on(request, 'prod');
  const name = unique(prefix);
  try {
    await prod.create(main, name);
    await story(name);
  } finally {
    await Promise.all([dev.remove(main, name), prod.remove(main, name)]);
  }
}

/** Compare copied `name` to dev: its notice is shown, and dev's API has it. */
export async function expectCopiedToDev(page: Page, request: APIRequestContext, name: string) {
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: `Copied ${name} to dev` })
      .first(),
  ).toBeVisible();
  expect(await on(request, 'dev').status(main, name)).toBe(200);
}
