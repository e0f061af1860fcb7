import { test, expect, unique } from './fixtures';

const tw = { kind: 'tenant-wide' } as const;

test.describe('guards', () => {
  test('with five tenant-wide secrets the quota reads 5 of 5 and a sixth cannot be created', async ({ console, tenant, page }) => {
    await console.openScope(tw);
    const used = Number((await page.getByTestId('quota').textContent())?.split(' ')[0]);
    for (let i = used; i < 5; i++) await tenant.createSecret(tw, unique('fill'));
    await page.reload();
    await expect(page.getByTestId('quota')).toHaveText('5 of 5');
    await expect(page.getByRole('button', { name: 'New secret' })).toBeDisabled();
    await expect(page.getByRole('status').filter({ hasText: 'Quota reached' })).toContainText(
      'Delete one you no longer need to free a slot',
    );
  });

  test('creating a group secret with a tenant-wide name warns of shadowing and needs consent', async ({ console, tenant }) => {
    const group = { kind: 'group', resourceGroup: 'research' } as const;
    tenant.willDelete(() => tenant.deleteSecret(group, 'llm-gateway-key'));
    await console.openScope(group);
    await console.startCreate('llm-gateway-key');
    const warning = console.drawer.getByRole('alert').filter({ hasText: 'This would shadow a tenant-wide secret' });
    await expect(warning).toContainText('metering');
    await console.fillRow(0, 'apiKey', 'local');
    await console.drawer.getByRole('button', { name: 'Review' }).click();
    await expect(console.drawer.getByText('Confirm that you want to shadow the tenant-wide secret')).toBeVisible();
    await warning.getByLabel('I understand, and want to shadow it anyway').check();
    await console.reviewAndCreate();
    await console.expectNotification('Created llm-gateway-key');
    await expect(console.row('llm-gateway-key').getByText('shadows tenant-wide')).toBeVisible();
  });
});
