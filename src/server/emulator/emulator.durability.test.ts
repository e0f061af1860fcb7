import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { textToBase64, type Scope } from '../../contract';
import { client, fetchToken, tempDir, waitFor } from '../testing/emulator-fixture';
import { spawnCli, type Spawned } from '../testing/spawn';

let running: Spawned | undefined;
afterEach(() => running?.kill('SIGKILL'));

async function boot(dataDir: string, extra: string[] = []) {
  running = await spawnCli(['emulator', '--port', '0', '--data-dir', dataDir, '--no-seed', '--provision-delay-ms', '0', ...extra], {
    ready: /listening on (http:\/\/\S+)/,
  });
  const key = JSON.parse(fs.readFileSync(path.join(dataDir, 'service-key.json'), 'utf8'));
  const token = await fetchToken(key);
  return { api: client(`${key.url}/v2`, () => token), root: client(key.url, () => token), url: key.url as string };
}

/** The killed process must really be gone: nothing answers on its port any more. */
async function expectGone(url: string) {
  await expect(fetch(`${url}/__emulator/health`)).rejects.toThrow();
}

const tw: Scope = { kind: 'tenant-wide' };
const grp: Scope = { kind: 'group', resourceGroup: 'default' };

describe('durability', () => {
  it('survives SIGKILL with replication pending, and finishes the replication after the restart', async () => {
    const dir = tempDir();
    const first = await boot(dir, ['--replication-delay-ms', '400', '--replication-concurrency', '1']);
    let api = first.api;
    for (const id of ['grp-a', 'grp-b', 'grp-c', 'grp-d'])
      expect((await api('/admin/resourceGroups', { body: { resourceGroupId: id } })).status).toBe(202);
    await waitFor(
      () => api('/admin/resourceGroups'),
      (r) => r.body.resources.every((g: { status: string }) => g.status === 'PROVISIONED'),
    );
    expect(
      (
        await api('/admin/secrets', {
          scope: tw,
          body: { name: 'shared', data: { k: textToBase64('v1') }, labels: [{ key: 'ext.ai.sap.com/a', value: 'b' }] },
        })
      ).status,
    ).toBe(200);
    expect((await api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'main-one', data: { k: 'Zm9v' } } })).status).toBe(200);
    const before = (await api('/admin/secrets/shared', { scope: tw })).body.resourceGroupSecretsSyncStatus;
    expect(Object.values(before).filter(Boolean).length).toBeLessThan(5); // still pending
    await running!.kill('SIGKILL');
    await expectGone(first.url);

    ({ api } = await boot(dir, ['--replication-delay-ms', '50']));
    expect((await api('/admin/secrets/main-one', { scope: { kind: 'main' } })).status).toBe(200);
    const shared = await api('/admin/secrets/shared', { scope: tw });
    expect(shared.body.labels).toEqual([{ key: 'ext.ai.sap.com/a', value: 'b' }]);
    const done = await waitFor(
      () => api('/admin/secrets/shared', { scope: tw }),
      (r) => Object.values(r.body.resourceGroupSecretsSyncStatus).every(Boolean),
    );
    expect(Object.keys(done.body.resourceGroupSecretsSyncStatus)).toHaveLength(5);
  });

  it("redoes the service's own work that a power cut took from the journal's unflushed tail", async () => {
    // Copies, provisioning and deletions answer no request, so they are not flushed one by one: what a power
    // cut can take is the tail of background records after the last request's flush. Cut them off by hand.
    const dir = tempDir();
    const first = await boot(dir, ['--replication-delay-ms', '0', '--group-deletion-delay-ms', '0']);
    for (const id of ['grp-a', 'grp-b', 'grp-c']) await first.api('/admin/resourceGroups', { body: { resourceGroupId: id } });
    expect((await first.api('/admin/secrets', { scope: tw, body: { name: 'shared', data: { k: textToBase64('v1') } } })).status).toBe(200);
    expect((await first.api('/admin/resourceGroups/grp-c', { method: 'DELETE' })).status).toBe(202);
    await waitFor(
      () => first.api('/admin/resourceGroups'),
      (r) => r.body.resources.length === 3, // default, grp-a, grp-b: grp-c is gone
    );
    await waitFor(
      () => first.api('/admin/secrets/shared', { scope: tw }),
      (r) => Object.values(r.body.resourceGroupSecretsSyncStatus).every(Boolean),
    );
    await running!.kill('SIGKILL');
    await expectGone(first.url);
    const journal = path.join(dir, 'journal.ndjson');
    const lines = fs.readFileSync(journal, 'utf8').trimEnd().split('\n');
    const lastRequest = lines.findLastIndex((l) => /"type":"(secret\.create|group\.create|group\.deletion-scheduled)"/.test(l));
    const tail = lines.slice(lastRequest + 1).map((l) => (JSON.parse(l) as { event: { type: string } }).event.type);
    expect(tail.length).toBeGreaterThan(0);
    expect(new Set(tail)).toEqual(new Set(tail.filter((t) => ['copy.write', 'group.provisioned', 'group.delete'].includes(t))));
    fs.writeFileSync(journal, lines.slice(0, lastRequest + 1).join('\n') + '\n');

    const { api } = await boot(dir, ['--replication-delay-ms', '0', '--group-deletion-delay-ms', '0']);
    const groups = await waitFor(
      () => api('/admin/resourceGroups'),
      (r) => r.body.resources.length === 3 && r.body.resources.every((g: { status: string }) => g.status === 'PROVISIONED'),
    );
    expect(groups.body.resources.map((g: { resourceGroupId: string }) => g.resourceGroupId).sort()).toEqual(['default', 'grp-a', 'grp-b']);
    const done = await waitFor(
      () => api('/admin/secrets/shared', { scope: tw }),
      (r) => Object.values(r.body.resourceGroupSecretsSyncStatus).every(Boolean),
    );
    expect(Object.keys(done.body.resourceGroupSecretsSyncStatus).sort()).toEqual(['default', 'grp-a', 'grp-b']);
  });

  it('keeps every acknowledged write and nothing half-written when killed during writes', async () => {
    const dir = tempDir();
    const first = await boot(dir, ['--replication-delay-ms', '0']);
    let { api, root } = first;
    const acknowledged: string[] = [];
    let stop = false;
    const writers = Array.from({ length: 8 }, (_, w) =>
      (async () => {
        for (let i = 0; !stop; i++) {
          const name = `w${w}-${i}`;
          try {
            const res = await api('/admin/secrets', { scope: grp, body: { name, data: { value: textToBase64(`payload of ${name} ✓`) } } });
            if (res.status === 200) acknowledged.push(name);
          } catch {
            return; // the connection died with the process
          }
        }
      })(),
    );
    await waitFor(
      async () => acknowledged.length,
      (n) => n >= 40,
    );
    await running!.kill('SIGKILL');
    stop = true;
    await expectGone(first.url);
    await Promise.all(writers);

    ({ api, root } = await boot(dir));
    const list = await api('/admin/secrets', { scope: grp });
    const names = new Set<string>(list.body.resources.map((s: { name: string }) => s.name));
    for (const name of acknowledged) expect(names.has(name)).toBe(true);
    // Whatever is there is whole: its bytes are exactly what was sent.
    for (const name of names) {
      const view = await root(`/__emulator/resourceGroups/default/secrets/${name}`);
      expect(view.body.text.value).toBe(`payload of ${name} ✓`);
    }
  });
});
