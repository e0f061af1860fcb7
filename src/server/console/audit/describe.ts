// Turns a write the proxy is about to forward into what the activity log records: the action, where, the
// data KEY NAMES and the label changes. Values are read only to list their keys and are never copied.
import { headersToScope } from '../../../contract';
import type { AuditAction, AuditScope, LabelChange } from './types';

export type Change = {
  action: AuditAction;
  scope: AuditScope;
  resourceGroup: string | null;
  secret: string | null;
  keys: string[];
  labels: LabelChange[];
};

const MAX_KEYS = 1000;
const MAX_LABELS = 200;

function parseBody(body: ArrayBuffer | null): Record<string, unknown> {
  if (!body || body.byteLength === 0) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(body).toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {}; // AI Core answers the bad JSON with a 400; the attempt is still recorded
  }
}

// Caps keep one hostile request from bloating the log; AI Core refuses anything this long anyway.
const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 300) : null);

function keyNames(data: unknown): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.keys(data)
    .slice(0, MAX_KEYS)
    .map((k) => k.slice(0, 253));
}

/** Labels come as `[{key, value}]` or, from some clients, as an object map; `""` removes on PATCH. */
function labelChanges(labels: unknown, emptyRemoves: boolean): LabelChange[] {
  const pairs: [unknown, unknown][] = Array.isArray(labels)
    ? labels.map((l: unknown) => [(l as { key?: unknown })?.key, (l as { value?: unknown })?.value])
    : labels && typeof labels === 'object'
      ? Object.entries(labels)
      : [];
  const out: LabelChange[] = [];
  for (const [key, value] of pairs.slice(0, MAX_LABELS)) {
    if (typeof key !== 'string') continue;
    const v = typeof value === 'string' ? value : null;
    out.push({ key: key.slice(0, 100), value: emptyRemoves && v === '' ? null : (v?.slice(0, 5000) ?? null) });
  }
  return out;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Null for reads and for anything that is not a change the log records. */
export function describeChange(method: string, upstreamPath: string, headers: Headers, body: ArrayBuffer | null): Change | null {
  if (method === 'GET' || method === 'HEAD') return null;
  const parts = upstreamPath.split('/').filter(Boolean); // ['admin', 'secrets', name?]
  if (parts[0] !== 'admin') return null;
  const name = parts[2] === undefined ? null : decodeSegment(parts[2]);

  if (parts[1] === 'resourceGroups') {
    const json = parseBody(body);
    const base = { scope: 'main' as const, secret: null, keys: [] };
    if (method === 'POST')
      return {
        ...base,
        action: 'resource-group.create',
        resourceGroup: str(json.resourceGroupId),
        labels: labelChanges(json.labels, false),
      };
    if (method === 'PATCH')
      return { ...base, action: 'resource-group.labels', resourceGroup: name, labels: labelChanges(json.labels, false) };
    if (method === 'DELETE') return { ...base, action: 'resource-group.delete', resourceGroup: name, labels: [] };
    return null;
  }
  if (parts[1] !== 'secrets') return null;

  const scoped = headersToScope(headers.get('ai-tenant-scope') ?? undefined, headers.get('ai-resource-group') ?? undefined);
  // A bad scope is answered by AI Core with a 400; it is recorded where the request said it was going.
  const scope: AuditScope = scoped.ok ? (scoped.scope.kind === 'group' ? 'group' : scoped.scope.kind) : 'group';
  const resourceGroup = scoped.ok
    ? scoped.scope.kind === 'group'
      ? scoped.scope.resourceGroup
      : null
    : (headers.get('ai-resource-group')?.slice(0, 253) ?? null);
  const where = { scope, resourceGroup };

  if (method === 'POST') {
    const json = parseBody(body);
    return {
      ...where,
      action: 'secret.create',
      secret: str(json.name),
      keys: keyNames(json.data),
      labels: labelChanges(json.labels, false),
    };
  }
  if (method === 'PATCH') {
    const json = parseBody(body);
    const rotates = json.data !== undefined;
    return {
      ...where,
      action: rotates ? 'secret.rotate' : 'secret.labels',
      secret: name,
      keys: keyNames(json.data),
      labels: labelChanges(json.labels, true),
    };
  }
  if (method === 'DELETE') return { ...where, action: 'secret.delete', secret: name, keys: [], labels: [] };
  return null;
}
