// Which console role a set of ID-token claims grants. The claim may be nested (Keycloak's
// `realm_access.roles`) and hold an array or a space/comma separated string.
import type { Role } from './session';

export function claimValues(claims: Record<string, unknown>, claim: string): string[] {
  let value: unknown = claim in claims ? claims[claim] : undefined;
  if (value === undefined && claim.includes('.')) {
    value = claim
      .split('.')
      .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), claims);
  }
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/** Editor wins over viewer when both are held. */
export function roleFor(values: string[], editorRoles: string[], viewerRoles: string[]): Role | null {
  if (values.some((v) => editorRoles.includes(v))) return 'editor';
  if (values.some((v) => viewerRoles.includes(v))) return 'viewer';
  return null;
}

export function displayName(claims: Record<string, unknown>): string {
  for (const k of ['name', 'preferred_username', 'email', 'sub']) {
    const v = claims[k];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 200);
  }
  return 'unknown';
}
