// Resource groups as the real service has them: labels on create and edited with a diff, scheduled deletion
// that blocks new secrets, the group quota, and a list long enough that the console must follow Link.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, unique } from './fixtures';

const label = (name: string, value: string) => ({ key: `ext.ai.sap.com/${name}`, value });

test('an admin creates a group with labels, then edits them, reviewing the difference before saving', async ({ page, tenant }) => {
  const id = unique('labelled');
  tenant.willDelete(() => tenant.deleteGroupAndWait(id));
  await page.goto('/resource-groups');
  await page.getByRole('button', { name: 'New resource group' }).click();
  const create = page.getByRole('dialog', { name: 'New resource group' });
  await create.getByLabel('Resource group id').fill(id);
  await create.getByRole('button', { name: 'Add label' }).click();
  await create.getByLabel('Label 1 key').fill('team');
  await create.getByLabel('Label 1 value').fill('nlp');
  await create.getByRole('button', { name: 'Add label' }).click();
  await create.getByLabel('Label 2 key').fill('stage');
  await create.getByLabel('Label 2 value').fill(' dev ü');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create).toBeHidden();
  expect((await tenant.group(id))?.labels).toEqual([label('team', 'nlp'), label('stage', ' dev ü')]);

  await page.getByRole('button', { name: `Edit labels of ${id}` }).click();
  const edit = page.getByRole('dialog', { name: `Labels of ${id}` });
  await expect(edit).toContainText("Saving replaces the group's whole label set");
  await expect(edit.getByRole('button', { name: 'Review changes' })).toBeDisabled();
  await edit.getByLabel('Label 1 value').fill('vision');
  await edit.getByRole('button', { name: 'Remove label 2' }).click();
  await edit.getByRole('button', { name: 'Add label' }).click();
  await edit.getByLabel('Label 2 key').fill('cost-center');
  await edit.getByLabel('Label 2 value').fill('cc-4711');
  await edit.getByRole('button', { name: 'Review changes' }).click();
  const diff = edit.getByRole('list', { name: 'Label changes' });
  await expect(diff).toContainText('Added ext.ai.sap.com/cost-center = cc-4711');
  await expect(diff).toContainText('Changed ext.ai.sap.com/team: nlp → vision');
  await expect(diff).toContainText('Removed ext.ai.sap.com/stage = dev ü');
  const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // Nothing is sent before the save.
  expect((await tenant.group(id))?.labels).toEqual([label('team', 'nlp'), label('stage', ' dev ü')]);
  await edit.getByRole('button', { name: 'Save labels' }).click();
  await expect(edit).toBeHidden();
  expect((await tenant.group(id))?.labels).toEqual([label('team', 'vision'), label('cost-center', 'cc-4711')]);
  await expect(page.getByTestId(`group-${id}`)).toContainText('cost-center');
});

test('a label change made by someone else while editing is shown before it would be overwritten', async ({ page, tenant, request }) => {
  const id = await tenant.createGroup(unique('contested'), [label('team', 'nlp')]);
  await page.goto('/resource-groups');
  await page.getByRole('button', { name: `Edit labels of ${id}` }).click();
  const edit = page.getByRole('dialog', { name: `Labels of ${id}` });
  await edit.getByLabel('Label 1 value').fill('vision');
  // Meanwhile, another admin adds a label.
  const other = await request.patch(`/api/v2/admin/resourceGroups/${id}`, {
    headers: { 'x-console-request': '1' },
    data: { labels: [label('team', 'nlp'), label('owner', 'bob')] },
  });
  expect(other.status()).toBe(202);
  await edit.getByRole('button', { name: 'Review changes' }).click();
  await expect(edit.getByRole('list', { name: 'Changes made meanwhile' })).toContainText('Added ext.ai.sap.com/owner = bob');
  await expect(edit.getByRole('list', { name: 'Label changes' })).toContainText('Removed ext.ai.sap.com/owner = bob');
  await edit.getByRole('button', { name: 'Start again from the current labels' }).click();
  await expect(edit.getByLabel('Label 2 value')).toHaveValue('bob');
  await edit.getByLabel('Label 1 value').fill('vision');
  await edit.getByRole('button', { name: 'Review changes' }).click();
  await edit.getByRole('button', { name: 'Save labels' }).click();
  await expect(edit).toBeHidden();
  expect((await tenant.group(id))?.labels).toEqual([label('team', 'vision'), label('owner', 'bob')]);
});

test('a deleted group shows as being deleted, takes no new secrets, and then disappears', async ({ page, tenant }) => {
  const id = await tenant.createGroup(unique('doomed'));
  await expect.poll(() => tenant.groupStatus(id), { timeout: 20_000 }).toBe('PROVISIONED');
  await page.goto(`/secrets/groups/${id}`);
  await expect(page.getByRole('button', { name: 'New secret' }).first()).not.toHaveAttribute('aria-disabled', 'true');

  // Deleted from outside the console (another admin, a script): the service schedules it.
  await tenant.deleteGroup(id);
  expect(await tenant.groupStatus(id)).toBe('DEPROVISIONING');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'This resource group is being deleted' })).toContainText(
    `Resource group ${id} is being deleted: no new secrets can be created in it`,
  );
  const newSecret = page.getByRole('button', { name: 'New secret' }).first();
  await expect(newSecret).toHaveAttribute('aria-disabled', 'true');
  await newSecret.click({ force: true }); // aria-disabled: Playwright would wait for it to be enabled
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The group picker says so too.
  await page.getByRole('button', { name: 'Resource group' }).click();
  await page.getByRole('combobox', { name: 'Resource group' }).fill(id);
  await expect(page.getByRole('option', { name: new RegExp(id) })).toContainText('being deleted · no new secrets');
  await page.keyboard.press('Escape');

  await page.goto('/resource-groups');
  const row = page.getByTestId(`group-${id}`);
  await expect(row.getByText('DEPROVISIONING')).toBeVisible();
  await expect(row.getByRole('button', { name: `${id} is already being deleted` })).toBeDisabled();
  await expect(row).toHaveCount(0, { timeout: 30_000 });
  expect(await tenant.groupStatus(id)).toBe('gone');
});

test('an admin deletes a group from the console and watches it go', async ({ page, tenant }) => {
  const id = await tenant.createGroup(unique('bye'));
  await page.goto('/resource-groups');
  await page.getByRole('button', { name: `Delete group ${id}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete resource group ${id}?` });
  await confirm.getByLabel(`Type ${id} to confirm`).fill(id);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  const row = page.getByTestId(`group-${id}`);
  await expect(row.getByText('DEPROVISIONING')).toBeVisible();
  expect(await tenant.groupStatus(id)).toBe('DEPROVISIONING');
  const { violations } = await new AxeBuilder({ page }).include(`[data-testid="group-${id}"]`).analyze();
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.html.slice(0, 100)} ${n.failureSummary?.slice(0, 200)}`).join(' | ')}`),
  ).toEqual([]);
  await expect(row).toHaveCount(0, { timeout: 30_000 });
  expect(await tenant.groupStatus(id)).toBe('gone');
});

test('the group quota shows how many groups the tenant uses of its maximum', async ({ page, tenant, request }) => {
  const read = async () =>
    (await (await request.get('/api/v2/admin/resourceQuota/resourceGroups')).json()) as {
      usage: { count: number };
      quota: { maxCount: number };
    };
  const before = await read();
  await page.goto('/resource-groups');
  const meter = page.getByTestId('group-quota');
  await expect(meter).toHaveText(`${before.usage.count} of ${before.quota.maxCount}`);
  await tenant.createGroup(unique('quota'));
  await page.reload();
  await expect(meter).toHaveText(`${before.usage.count + 1} of ${before.quota.maxCount}`);
  expect((await read()).usage.count).toBe(before.usage.count + 1);
});

test('with 120 more groups the console follows Link from page to page until it has every group', async ({ page, tenant, request }) => {
  test.setTimeout(180_000);
  const ids = Array.from({ length: 120 }, (_, i) => `many-${String(i).padStart(3, '0')}-${Date.now().toString(36)}`);
  const headers = { 'x-console-request': '1' };
  // Created and deleted here rather than through the fixture, so that the deletions run side by side.
  tenant.willDelete(async () => {
    for (let i = 0; i < ids.length; i += 20)
      await Promise.all(ids.slice(i, i + 20).map((id) => request.delete(`/api/v2/admin/resourceGroups/${id}`, { headers })));
    await tenant.waitGone(ids);
  });
  for (let i = 0; i < ids.length; i += 12)
    await Promise.all(
      ids.slice(i, i + 12).map(async (id) => {
        const res = await request.post('/api/v2/admin/resourceGroups', { headers, data: { resourceGroupId: id } });
        expect(res.status()).toBe(202);
      }),
    );
  const all = (await (await request.get('/api/v2/admin/resourceGroups?$count=true')).json()) as { count: number };
  // The console asks for pages of 100, so this list cannot come in one.
  expect(all.count).toBeGreaterThan(100);

  const listCalls: string[] = [];
  const links: string[] = [];
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.pathname !== '/api/c/dev/v2/admin/resourceGroups' || res.request().method() !== 'GET') return;
    listCalls.push(url.search);
    const link = res.headers()['link'];
    if (link) links.push(link);
  });
  // The connection's own URL: from `/resource-groups` the first page would come through the `/api` alias.
  await page.goto('/c/dev/resource-groups');
  await expect(page.getByRole('table', { name: 'Resource groups' }).locator('tbody tr')).toHaveCount(all.count);
  await expect(page.getByText(`${all.count} resource groups`)).toBeVisible();
  for (const id of [ids[0]!, ids[119]!]) await expect(page.getByTestId(`group-${id}`)).toBeVisible();
  expect(links[0]).toMatch(/continueToken=[\w-]+>; rel="next"/);
  expect(listCalls.some((q) => q.includes('continueToken='))).toBe(true);
});
