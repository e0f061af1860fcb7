import fs from 'node:fs';
import path from 'node:path';
import { TEAM_DATA_DIR, TEAM_URL } from '../../playwright.team.config';
import { leakForms } from '../../src/server/testing/leaks';
import { ConsolePage } from '../pages/console-page';
import { expect, seriousViolations, signIn, signedInPage, test, unique, upstreamSecretNames } from './fixtures';

const REASON = /viewers may look but not change anything/;
const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/;

test('an editor signs in, creates and rotates a secret, and finds both in the activity log under their name', async ({ page }) => {
  const seen: string[] = [];
  page.on('response', async (res) => {
    if (!res.url().startsWith(TEAM_URL)) return; // the console's answers (the provider's pages are its own)
    const headers = Object.entries(await res.allHeaders()).map(([k, v]) => `${k}: ${v}`);
    seen.push(`${headers.join('\n')}\n${(await res.body().catch(() => Buffer.alloc(0))).toString('utf8')}`);
  });
  await signIn(page, 'edna', '/secrets/main');
  await expect(page).toHaveURL(/\/secrets\/main$/);
  await expect(page.getByTestId('signed-in-user')).toHaveText('Edna Editor');

  const console = new ConsolePage(page);
  const name = unique('team-db');
  const value = `team-välue-${Date.now()}`;
  await console.startCreate(name);
  await console.fillRow(0, 'PASSWORD', value);
  await console.reviewAndCreate();
  await console.expectNotification(`Created ${name}`);
  await console.openEdit(name);
  await console.drawer.getByRole('switch', { name: 'Replace the data (rotate)' }).check();
  await console.fillRow(0, 'PASSWORD', `${value}-2`);
  await console.drawer.getByRole('button', { name: 'Review changes' }).click();
  await console.drawer.getByRole('button', { name: 'Save changes' }).click();
  await console.expectNotification(`Rotated ${name}`);

  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { name: 'Activity', level: 2 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Secret', exact: true }).fill(name);
  const log = page.getByRole('table', { name: 'Activity log' });
  await expect(log.getByRole('row')).toHaveCount(3); // header + two changes
  const [rotated, created] = [log.getByRole('row').nth(1), log.getByRole('row').nth(2)];
  await expect(rotated).toContainText('Edna Editor');
  await expect(rotated).toContainText('Rotated secret');
  await expect(rotated).toContainText('Main tenant');
  await expect(rotated).toContainText('PASSWORD');
  await expect(rotated).toContainText('Done · 200');
  await expect(created).toContainText('Edna Editor');
  await expect(created).toContainText('Created secret');
  await expect(page).toHaveURL(new RegExp(`secret=${name}`));
  // The filtered view is a link: it reopens as it was (and without the toasts of the changes above).
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Secret', exact: true })).toHaveValue(name);
  await expect(log.getByRole('row')).toHaveCount(3);
  expect(await seriousViolations(page)).toEqual([]);

  // The export holds the same rows; nothing the browser received holds the value.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const csv = await (await download).createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(csv.trim().split('\r\n')).toHaveLength(3);
  expect(csv).toContain(`Edna Editor,dev,secret.rotate,main,,${name},PASSWORD`);
  const everything = seen.join('\n') + csv;
  // The provider's ID and access tokens never reach the browser: no JWT in any answer or cookie.
  expect(everything).not.toMatch(JWT);
  expect(JSON.stringify(await page.context().cookies())).not.toMatch(JWT);
  // Nor the activity log's file on the server: not the value, its Base64, or a hash of it.
  const stored = fs.readFileSync(path.join(TEAM_DATA_DIR, 'activity', 'activity.jsonl'), 'utf8');
  expect(stored).toContain(name);
  for (const v of [value, `${value}-2`])
    for (const form of leakForms(v)) {
      expect(everything).not.toContain(form);
      expect(stored).not.toContain(form);
    }
});

test('a viewer sees the lists with every write disabled and why, and a direct write changes nothing', async ({ browser }) => {
  const editor = await signedInPage(browser, 'edna', '/secrets/main');
  await expect(editor.getByTestId('signed-in-user')).toHaveText('Edna Editor');
  const existing = unique('seen-by-viewer');
  const made = await editor.request.post('/api/v2/admin/secrets', {
    headers: { 'x-console-request': '1', 'ai-tenant-scope': 'true' },
    data: { name: existing, data: { K: Buffer.from('v').toString('base64') } },
  });
  expect(made.status()).toBe(200);

  const page = await signedInPage(browser, 'vic', '/secrets/main');
  await expect(page.getByTestId('signed-in-user')).toHaveText('Victor Viewer');
  const console = new ConsolePage(page);
  await expect(console.row(existing)).toBeVisible();
  const name = unique('by-viewer');
  const write = await page.request.post('/api/v2/admin/secrets', {
    headers: { 'x-console-request': '1', 'ai-tenant-scope': 'true' },
    data: { name, data: { K: Buffer.from('v').toString('base64') } },
  });
  expect(write.status()).toBe(403);
  const body = (await write.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('Forbidden');
  expect(body.error.message).toMatch(REASON);
  expect(await upstreamSecretNames(page, { 'AI-Tenant-Scope': 'true' })).not.toContain(name);
  expect(await upstreamSecretNames(page, { 'AI-Tenant-Scope': 'true' })).toContain(existing);

  // The overview comes drawn for the viewer (decision 0076): the server read it with their session, as the
  // app would have, and it is never stored. Without a session, the page holds nothing of the tenant.
  const overview = await page.request.get('/');
  expect(overview.headers()['cache-control']).toBe('no-store');
  const drawn = await overview.text();
  expect(drawn).toContain('id="first-screen-data"');
  expect(drawn).toContain('Victor Viewer');
  expect(drawn).toContain(existing);
  const stranger = await browser.newContext();
  const anonymous = await stranger.request.get(`${TEAM_URL}/`, { maxRedirects: 0 });
  const anonymousHtml = await anonymous.text();
  expect(anonymousHtml).not.toContain('first-screen-data');
  expect(anonymousHtml).not.toContain(existing);
  await stranger.close();

  // The refusal is on record, and the activity page says the viewer is read-only.
  await page.goto(`/activity?secret=${name}`);
  await expect(page.getByText(REASON).first()).toBeVisible();
  const row = page.getByRole('table', { name: 'Activity log' }).getByRole('row').nth(1);
  await expect(row).toContainText('Victor Viewer');
  await expect(row).toContainText('Refused · 403');

  // Every write action is there, disabled, with the reason.
  await page.goto('/secrets/main');
  await expect(console.row(existing)).toBeVisible();
  for (const button of [page.getByRole('button', { name: 'New secret' }).first(), page.getByRole('button', { name: `Edit ${existing}` })])
    await expect(button).toBeDisabled();
  await page.getByRole('button', { name: 'New secret' }).first().hover({ force: true });
  await expect(page.getByText(REASON).first()).toBeVisible();

  await page.goto('/resource-groups');
  await expect(page.getByRole('button', { name: /New resource group|Create resource group/ }).first()).toBeDisabled();
  await editor.context().close();
  await page.context().close();
});

test('someone without a console role is told why after signing in', async ({ page }) => {
  await signIn(page, 'nora');
  await expect(page.getByRole('heading', { name: 'You are signed in, but have no role in this console' })).toBeVisible();
  await expect(page.getByText('Nora Nobody')).toBeVisible();
});

test('sign-out ends the session', async ({ page }) => {
  await signIn(page, 'edna', '/resource-groups');
  await expect(page.getByTestId('signed-in-user')).toHaveText('Edna Editor');
  await page.getByRole('link', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('console_session');
  const api = await page.request.get('/api/console');
  expect(api.status()).toBe(401);
  await page.goto('/secrets/main');
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
});
