// The console's code panel: its snippets, filled in with a real value as an admin would, run against the
// emulator (node for the SDK, bash for curl) and do what the panel says they do.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textToBase64, type Scope } from '../../contract';
import { codeSnippets, valuePlaceholder } from '../../web/features/secret-detail/code-snippets';
import { startTestEmulator, waitFor, type TestEmulator } from '../testing/emulator-fixture';

const run = promisify(execFile);
const onPath = (tool: string) => (process.env.PATH ?? '').split(':').some((d) => d && fs.existsSync(path.join(d, tool)));
let emu: TestEmulator;
// Inside the project, so that `import '@sap-ai-sdk/ai-api'` resolves from its node_modules as for an admin.
const dir = path.resolve('.tmp/code-panel');

beforeAll(async () => {
  emu = await startTestEmulator({ replicationDelayMs: 10 });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  expect((await emu.api('/admin/resourceGroups', { body: { resourceGroupId: 'panel-group' } })).status).toBe(202);
});
afterAll(async () => {
  await emu.close();
});

const group: Scope = { kind: 'group', resourceGroup: 'panel-group' };
const snippet = (scope: Scope, name: string, keys: string[] | null, op: string) =>
  codeSnippets(scope, name, keys).find((s) => s.op === op)!;

async function runJs(code: string) {
  const file = path.join(dir, `snippet-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`);
  fs.writeFileSync(file, code, { mode: 0o600 });
  try {
    const { stdout } = await run(process.execPath, [file], { env: { ...process.env, AICORE_SERVICE_KEY: JSON.stringify(emu.serviceKey) } });
    return stdout;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function mounted(name: string) {
  const res = await fetch(`${emu.url}/__emulator/resourceGroups/panel-group/secrets/${name}`, {
    headers: { authorization: `Bearer ${emu.token}` },
  });
  return (await res.json()) as { text: Record<string, string | null> };
}

describe('the code panel snippets, run against the emulator', () => {
  it('the JavaScript rotate snippet, with a real value filled in, rotates the group secret to exactly that value', async () => {
    await emu.api('/admin/secrets', { scope: group, body: { name: 'panel-secret', data: { 'api-key': textToBase64('old') } } });
    const { js } = snippet(group, 'panel-secret', ['api-key'], 'rotate');
    expect(js).toContain(valuePlaceholder('api-key'));
    expect(js).toContain("'AI-Resource-Group': 'panel-group'");
    const value = "n3w-välue ✓ 'quoted'";
    const stdout = await runJs(js.replace(`'${valuePlaceholder('api-key')}'`, JSON.stringify(value)));
    expect(stdout.trim()).toBe('rotated panel-secret in resource group panel-group');
    expect((await mounted('panel-secret')).text).toEqual({ 'api-key': value });
  });

  it('the JavaScript read snippet prints the metadata and no data', async () => {
    const stdout = await runJs(snippet(group, 'panel-secret', null, 'read').js);
    const read = JSON.parse(stdout) as Record<string, unknown>;
    expect(read.name).toBe('panel-secret');
    expect(read).not.toHaveProperty('data');
  });

  it('the JavaScript delete snippet at the main tenant deletes only the main-tenant secret of that name', async () => {
    await emu.api('/admin/secrets', { scope: { kind: 'main' }, body: { name: 'panel-twin', data: { k: textToBase64('main') } } });
    await emu.api('/admin/secrets', { scope: group, body: { name: 'panel-twin', data: { k: textToBase64('group') } } });
    const stdout = await runJs(snippet({ kind: 'main' }, 'panel-twin', null, 'delete').js);
    expect(stdout.trim()).toBe('deleted panel-twin from main tenant');
    expect((await emu.api('/admin/secrets/panel-twin', { scope: { kind: 'main' } })).status).toBe(404);
    expect((await emu.api('/admin/secrets/panel-twin', { scope: group })).status).toBe(200);
  });

  // curl and jq are what the snippet asks the admin for; a machine without them cannot run it.
  it.skipIf(!onPath('curl') || !onPath('jq'))(
    'the curl rotate snippet, with a real value filled in, rotates the group secret to exactly that value',
    async () => {
      const { curl } = snippet(group, 'panel-secret', ['api-key'], 'rotate');
      const value = 'curl välue with spaces';
      const script = curl.replace(valuePlaceholder('api-key'), value);
      await run('bash', ['-c', script], {
        env: {
          PATH: process.env.PATH,
          AUTH_URL: emu.serviceKey.url,
          CLIENT_ID: emu.serviceKey.clientid,
          CLIENT_SECRET: emu.serviceKey.clientsecret,
          AI_API_URL: emu.serviceKey.serviceurls.AI_API_URL,
        },
      });
      expect((await mounted('panel-secret')).text).toEqual({ 'api-key': value });
    },
  );

  it('the JavaScript create snippet at the tenant-wide scope creates a tenant-wide secret with the labels shown, replicated to the group', async () => {
    const label = { key: 'ext.ai.sap.com/owner', value: "ops 'team'" };
    const { js } = codeSnippets({ kind: 'tenant-wide' }, 'panel-tw', ['k'], [label]).find((s) => s.op === 'create')!;
    expect(js).toContain("{ 'AI-Tenant-Scope': true, 'AI-Resource-Group': '*' }");
    const stdout = await runJs(js.replace(`'${valuePlaceholder('k')}'`, JSON.stringify('tw välue')));
    expect(stdout.trim()).toBe('created panel-tw in tenant-wide');
    const created = await emu.api('/admin/secrets/panel-tw', { scope: { kind: 'tenant-wide' } });
    expect(created.body.labels).toEqual([label]);
    await waitFor(
      () => mounted('panel-tw'),
      (m) => m.text?.k === 'tw välue',
    );
    expect((await emu.api('/admin/secrets/panel-tw', { scope: { kind: 'main' } })).status).toBe(404);
  });

  it('never holds a value or a token of its own: only placeholders and variables', () => {
    for (const s of codeSnippets({ kind: 'tenant-wide' }, 'x', ['k'])) {
      expect(s.curl).not.toMatch(/Bearer [A-Za-z0-9]/);
      expect(s.js).not.toMatch(/clientsecret|access_token/i);
    }
  });
});
