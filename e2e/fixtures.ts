// Fixtures: a client for setting up and cleaning up data through the console's own /api, and the
// emulator's consumption view, which tells what a deployment would see mounted.
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { scopeToHeaders, type Scope } from '../src/contract';
import { E2E_DATA_DIR, E2E_TENANT_DIR } from '../playwright.config';
import { ConsolePage } from './pages/console-page';

type Cleanup = () => Promise<unknown>;

export class TenantApi {
  private cleanups: Cleanup[] = [];
  constructor(private readonly request: APIRequestContext) {}

  private headers(scope?: Scope) {
    return { 'x-console-request': '1', ...(scope ? scopeToHeaders(scope) : {}) };
  }

  async createSecret(
    scope: Scope,
    name: string,
    data: Record<string, string> = { k: 'dmFsdWU=' },
    labels: { key: string; value: string }[] = [],
  ) {
    const res = await this.request.post('/api/v2/admin/secrets', { headers: this.headers(scope), data: { name, data, labels } });
    expect(res.status(), await res.text()).toBe(200);
    this.cleanups.push(() => this.deleteSecret(scope, name));
    return name;
  }

  async deleteSecret(scope: Scope, name: string) {
    return this.request.delete(`/api/v2/admin/secrets/${encodeURIComponent(name)}`, { headers: this.headers(scope) });
  }

  async secret(scope: Scope, name: string) {
    return this.request.get(`/api/v2/admin/secrets/${encodeURIComponent(name)}`, { headers: this.headers(scope) });
  }

  async createGroup(id: string, labels: { key: string; value: string }[] = []) {
    const res = await this.request.post('/api/v2/admin/resourceGroups', { headers: this.headers(), data: { resourceGroupId: id, labels } });
    expect(res.status(), await res.text()).toBe(202);
    this.cleanups.push(() => this.deleteGroup(id).then(() => this.leaving.add(id)));
    return id;
  }

  /** Groups deleted in clean-up: deletion is scheduled, so the clean-up waits for all of them at once. */
  private leaving = new Set<string>();

  /** Deletion is scheduled: wait until the group is gone, so the next story starts from a settled tenant. */
  async deleteGroupAndWait(id: string) {
    await this.deleteGroup(id);
    await this.waitGone([id]);
  }

  async waitGone(ids: string[]) {
    for (let i = 0; i < 150; i++) {
      const states = await Promise.all(ids.map((id) => this.groupStatus(id)));
      if (states.every((s) => s === 'gone')) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  async group(id: string) {
    const res = await this.request.get(`/api/v2/admin/resourceGroups/${encodeURIComponent(id)}`);
    return res.status() === 404 ? null : ((await res.json()) as { status: string; labels?: { key: string; value: string }[] });
  }

  async deleteGroup(id: string) {
    return this.request.delete(`/api/v2/admin/resourceGroups/${encodeURIComponent(id)}`, { headers: this.headers() });
  }

  async groupStatus(id: string): Promise<string> {
    const res = await this.request.get(`/api/v2/admin/resourceGroups/${encodeURIComponent(id)}`);
    if (res.status() === 404) return 'gone';
    return ((await res.json()) as { status: string }).status;
  }

  /** Cleans up also what a test created through the UI. */
  willDelete(fn: Cleanup) {
    this.cleanups.push(fn);
  }

  async cleanUp() {
    for (const fn of this.cleanups.reverse()) await fn().catch(() => undefined);
    this.cleanups = [];
    await this.waitGone([...this.leaving]);
    this.leaving.clear();
  }
}

export class EmulatorView {
  private token: string | null = null;
  private key: { url: string; clientid: string; clientsecret: string };
  constructor(
    private readonly request: APIRequestContext,
    dataDir: string,
  ) {
    this.key = JSON.parse(fs.readFileSync(path.join(E2E_TENANT_DIR('dev', dataDir), 'service-key.json'), 'utf8')) as typeof this.key;
  }

  private async bearer() {
    if (!this.token) {
      const res = await this.request.post(`${this.key.url}/oauth/token`, {
        form: { grant_type: 'client_credentials', client_id: this.key.clientid, client_secret: this.key.clientsecret },
      });
      this.token = ((await res.json()) as { access_token: string }).access_token;
    }
    return this.token;
  }

  /** What a deployment in `group` sees mounted under `name`: source, Base64 data and decoded text. */
  async mounted(group: string, name: string) {
    const res = await this.request.get(`${this.key.url}/__emulator/resourceGroups/${group}/secrets/${name}`, {
      headers: { authorization: `Bearer ${await this.bearer()}` },
    });
    return {
      status: res.status(),
      body: res.ok() ? ((await res.json()) as { source: string; data: Record<string, string>; text: Record<string, string | null> }) : null,
    };
  }
}

let counter = 0;
/** Names unique to a run, so that specs never collide. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${(counter++).toString(36)}`;

export const test = base.extend<{ tenant: TenantApi; emulator: EmulatorView; console: ConsolePage; dataDir: string }>({
  /** The data folder of the console this project's stories run on (playwright.config.ts). */
  dataDir: [E2E_DATA_DIR, { option: true }],
  tenant: async ({ request }, use) => {
    const api = new TenantApi(request);
    await use(api);
    await api.cleanUp();
  },
  emulator: async ({ request, dataDir }, use) => use(new EmulatorView(request, dataDir)),
  console: async ({ page }, use) => use(new ConsolePage(page)),
});

export { expect };
