// The console as a user sees it: roles and labels, no test ids unless nothing else names the thing.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Scope } from '../../src/contract';

const scopePath = (scope: Scope) =>
  scope.kind === 'group' ? `/secrets/groups/${encodeURIComponent(scope.resourceGroup)}` : `/secrets/${scope.kind}`;

export class ConsolePage {
  constructor(readonly page: Page) {}

  get drawer(): Locator {
    return this.page.getByRole('dialog');
  }

  async openScope(scope: Scope, query = '') {
    await this.page.goto(`${scopePath(scope)}${query}`);
    await expect(this.page.getByRole('heading', { level: 2 })).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async startCreate(name: string) {
    await this.page.getByRole('button', { name: 'New secret' }).first().click();
    await this.drawer.getByLabel('Name').fill(name);
  }

  async fillRow(index: number, key: string, value: string, mode: 'Text' | 'Base64' = 'Text') {
    const n = index + 1;
    await this.drawer.getByLabel(`Key ${n}`, { exact: true }).fill(key);
    if (mode === 'Base64')
      await this.drawer
        .getByRole('radiogroup', { name: `How value ${n} is given` })
        .getByText('Base64')
        .click();
    await this.drawer.getByLabel(mode === 'Base64' ? `Value ${n} (Base64)` : `Value ${n}`, { exact: true }).fill(value);
  }

  async addLabel(name: string, value: string) {
    await this.drawer.getByRole('button', { name: 'Add label' }).click();
    const count = await this.drawer.getByLabel(/^Label \d+ key$/).count();
    await this.drawer.getByLabel(`Label ${count} key`).fill(name);
    await this.drawer.getByLabel(`Label ${count} value`).fill(value);
  }

  async reviewAndCreate() {
    await this.drawer.getByRole('button', { name: 'Review' }).click();
    await expect(this.drawer.getByText('Check what will be sent')).toBeVisible();
    await this.drawer.getByRole('button', { name: 'Create secret' }).click();
  }

  async expectNotification(text: string | RegExp) {
    await expect(this.page.getByRole('alert').filter({ hasText: text }).first()).toBeVisible();
  }

  async openEdit(name: string) {
    await this.page.getByRole('button', { name: `Edit ${name}` }).click();
    await expect(this.page.getByRole('dialog', { name: new RegExp(`Edit ${name}`) })).toBeVisible();
  }
}
