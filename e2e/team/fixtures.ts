// Team mode: people sign in at the test identity provider; a second browser context per person.
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { TEAM_DATA_DIR } from '../../playwright.team.config';
import { TEST_ACCOUNTS, type TestAccount } from '../../src/server/testing/oidc-provider';

export { expect };

/** Opens the console and signs in through the provider's login page, as the person would. */
export async function signIn(page: Page, account: TestAccount, start = '/') {
  await page.goto(start);
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  await page.getByLabel('Username').fill(account);
  await page.getByLabel('Password').fill(TEST_ACCOUNTS[account].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signedInPage(browser: Browser, account: TestAccount, start = '/') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, start);
  return page;
}

/** Reads AI Core (the embedded emulator) directly, with the service key: what is really there. */
export async function upstreamSecretNames(page: Page, scope: Record<string, string>): Promise<string[]> {
  const key = JSON.parse(fs.readFileSync(path.join(TEAM_DATA_DIR, 'dev', 'service-key.json'), 'utf8')) as {
    url: string;
    clientid: string;
    clientsecret: string;
    serviceurls: { AI_API_URL: string };
  };
  const token = await page.request.post(`${key.url}/oauth/token`, {
    form: { grant_type: 'client_credentials', client_id: key.clientid, client_secret: key.clientsecret },
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const res = await page.request.get(`${key.serviceurls.AI_API_URL}/v2/admin/secrets?$top=1000`, {
    headers: { authorization: `Bearer ${access_token}`, ...scope },
  });
  return ((await res.json()) as { resources: { name: string }[] }).resources.map((s) => s.name);
}

/** Serious and critical axe findings on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${(counter++).toString(36)}`;

export const test = base;
