// The API's answers, read tolerantly: what the spec allows in more than one form (labels as a list or a
// map, the replication map under either of its names) comes out in one form. No zod here (see read.ts).
import { arrayOf, boolean, isRecord, nullish, number, object, optional, recordOf, string, type Read } from './read';

export type Label = { key: string; value: string };

const labelList = arrayOf(object({ key: string, value: string }));
const labelMap = recordOf(string);

/** Labels as a list of `{ key, value }` or as a map; absent or null is none. */
export const readLabels: Read<Label[]> = (v, path) => {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return labelList(v, path);
  return Object.entries(labelMap(v, path)).map(([key, value]) => ({ key, value }));
};

const statusMap = nullish(recordOf(boolean));

const secretFields = object({
  name: string,
  createdAt: optional(string),
  labels: readLabels,
  resourceGroupSecretsSyncStatus: statusMap,
  resourceGroupSecretReplicationStatus: statusMap,
});

export type SecretDetails = { name: string; createdAt: string | null; labels: Label[]; syncStatus: Record<string, boolean> | null };

export const readSecretDetails: Read<SecretDetails> = (v, path) => {
  const s = secretFields(v, path);
  return {
    name: s.name,
    createdAt: s.createdAt ?? null,
    labels: s.labels,
    // The spec and the help pages name this map differently; read whichever is present.
    syncStatus: s.resourceGroupSecretsSyncStatus ?? s.resourceGroupSecretReplicationStatus ?? null,
  };
};

export type SecretList = { count: number; resources: SecretDetails[] };
export const readSecretList: Read<SecretList> = object({ count: number, resources: arrayOf(readSecretDetails) });

const groupFields = object({
  resourceGroupId: string,
  createdAt: optional(string),
  status: string,
  statusMessage: nullish(string),
  labels: readLabels,
});

export type ResourceGroup = {
  resourceGroupId: string;
  createdAt: string | null;
  status: string;
  statusMessage: string | null;
  labels: Label[];
};

export const readResourceGroup: Read<ResourceGroup> = (v, path) => {
  const g = groupFields(v, path);
  return {
    resourceGroupId: g.resourceGroupId,
    createdAt: g.createdAt ?? null,
    status: g.status,
    statusMessage: g.statusMessage,
    labels: g.labels,
  };
};

export type ResourceGroupList = { count: number; resources: ResourceGroup[] };
export const readResourceGroupList: Read<ResourceGroupList> = object({ count: number, resources: arrayOf(readResourceGroup) });

export type Quota = { usage?: { count: number }; quota: { maxCount: number } };
export const readQuota: Read<Quota> = object({ usage: optional(object({ count: number })), quota: object({ maxCount: number }) });

export type ErrorEnvelope = { error: { code?: string; message?: string; requestId?: string; target?: string } };

const errorFields = object({
  error: object({ code: optional(string), message: optional(string), requestId: optional(string), target: optional(string) }),
});

/** The error envelope of a refusal, or null when the body is something else (a proxy's HTML page, say). */
export function readErrorEnvelope(v: unknown): ErrorEnvelope | null {
  if (!isRecord(v)) return null;
  try {
    return errorFields(v);
  } catch {
    return null;
  }
}
