// Every refusal of the bad-input catalogue reads as a sentence the console can show as it is: it starts with
// a capital letter and first names what it is about (the field, header, query parameter or thing), then why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badRequests, seedForBadRequests, type BadRequest } from '../testing/bad-requests';
import { startTestEmulator, type TestEmulator } from '../testing/emulator-fixture';

/** What each kind of refusal must name first. A new code in the catalogue needs its line here. */
const SUBJECT: Record<string, (req: BadRequest) => RegExp> = {
  InvalidName: (req) => (req.path.startsWith('/admin/resourceGroups') ? /^Resource group ID: \S/ : /^Name: \S/),
  InvalidData: () => /^Data( key "[^"]*")?: \S/,
  InvalidLabel: () => /^(Labels|Label \d+ (key|value)): \S/,
  ProtectedLabel: () => /^Label \d+ key: "ext\.ai\.sap\.com\/[^"]+" is protected/,
  InvalidQuery: (req) => new RegExp(`^Query parameter (${queryParameters(req.path).join('|')})\\b`),
  InvalidScope: () => /^The (scope|AI-Tenant-Scope header|AI-Resource-Group header)\b/,
  InvalidRequest: () => /^The (request body|Prefer header)\b/,
  InvalidJson: () => /^The request body\b/,
  UnsupportedMediaType: () => /^The request body\b/,
  PayloadTooLarge: () => /^The request body\b/,
  NotFound: (req) => new RegExp(`^(The secret|Resource group) "${escape(missingName(req))}"`),
  AlreadyExists: (req) => new RegExp(`^(A secret named|Resource group) "${escape(bodyName(req))}"`),
  QuotaExceeded: () => /^The tenant already has \d+ of \d+ tenant-wide secrets\b/,
  DeletionNotAllowed: () => /^The resource group "default" cannot be deleted/,
  ResourceGroupDeleting: (req) => new RegExp(`^Resource group "${escape(groupOf(req))}" is being deleted`),
  Unauthorized: () => /^A valid, unexpired bearer token is required/,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const queryParameters = (path: string) => [...new URLSearchParams(path.split('?')[1] ?? '').keys()].map(escape);
const bodyName = (req: BadRequest) => {
  const body = req.body as { name?: string; resourceGroupId?: string };
  return body.name ?? body.resourceGroupId ?? '';
};
const groupOf = (req: BadRequest) =>
  req.scope?.kind === 'group' ? req.scope.resourceGroup : decodeURIComponent(req.path.split('/')[3] ?? '');
/** A missing group named by the scope header, else the last segment of the path. */
const missingName = (req: BadRequest) =>
  req.scope?.kind === 'group' && req.path === '/admin/secrets' ? req.scope.resourceGroup : decodeURIComponent(req.path.split('/').at(-1)!);

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
  await seedForBadRequests(emu.api);
});
afterAll(() => emu.close());

describe('the messages of the bad-input catalogue', () => {
  it('has a subject rule for every code in the catalogue', () => {
    expect([...new Set(badRequests.map((r) => r.code))].filter((code) => !SUBJECT[code])).toEqual([]);
  });

  it.each(badRequests.map((r) => [r.title, r] as const))('%s: a capital letter, then its subject', async (_title, req) => {
    const { message } = (await emu.api(req.path, req)).body.error as { message: string };
    expect(message).toMatch(/^[A-Z]/);
    expect(message).toMatch(SUBJECT[req.code]!(req));
    // Never a request-header template for the user to fill in.
    expect(message).not.toMatch(/<[a-z]+>/i);
  });

  it('names a label by its place in the request, counted from 1', async () => {
    const res = await emu.api('/admin/secrets', {
      scope: { kind: 'main' },
      body: {
        name: 'x',
        data: { k: 'Zm9v' },
        labels: [
          { key: 'ext.ai.sap.com/a', value: '1' },
          { key: 'team', value: '2' },
        ],
      },
    });
    expect(res.body.error.message).toBe('Label 2 key: must start with "ext.ai.sap.com/"');
  });
});
