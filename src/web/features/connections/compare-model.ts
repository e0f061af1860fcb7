// What Compare can honestly say about two sides: which names exist on one side only, and for names on both
// sides which labels differ. AI Core never returns values or data key names, so nothing here claims to.
import { scopeLabel, type Label, type Scope, type SecretDetails } from '../../../contract';

export type Side = { connection: string; scope: Scope };

export type LabelChange = { key: string; left: string | null; right: string | null };
export type Differences = {
  onlyLeft: SecretDetails[];
  onlyRight: SecretDetails[];
  labelsDiffer: { name: string; changes: LabelChange[] }[];
  /** Names on both sides with the same labels (their values may still differ: nobody can read them). */
  sameLabels: number;
};

const labelMap = (labels: Label[]) => new Map(labels.map((l) => [l.key, l.value]));

export function compareSides(left: SecretDetails[], right: SecretDetails[]): Differences {
  const rightByName = new Map(right.map((s) => [s.name, s]));
  const leftNames = new Set(left.map((s) => s.name));
  const byName = (a: SecretDetails, b: SecretDetails) => a.name.localeCompare(b.name);
  const labelsDiffer: Differences['labelsDiffer'] = [];
  let sameLabels = 0;
  for (const l of left) {
    const r = rightByName.get(l.name);
    if (!r) continue;
    const lm = labelMap(l.labels);
    const rm = labelMap(r.labels);
    const changes: LabelChange[] = [];
    for (const key of [...new Set([...lm.keys(), ...rm.keys()])].sort()) {
      const a = lm.get(key) ?? null;
      const b = rm.get(key) ?? null;
      if (a !== b) changes.push({ key, left: a, right: b });
    }
    if (changes.length) labelsDiffer.push({ name: l.name, changes });
    else sameLabels++;
  }
  return {
    onlyLeft: left.filter((s) => !rightByName.has(s.name)).sort(byName),
    onlyRight: right.filter((s) => !leftNames.has(s.name)).sort(byName),
    labelsDiffer: labelsDiffer.sort((a, b) => a.name.localeCompare(b.name)),
    sameLabels,
  };
}

/** `main`, `tenant-wide` or `group:<id>`: a scope in a URL parameter. */
export function scopeParam(scope: Scope): string {
  return scope.kind === 'group' ? `group:${scope.resourceGroup}` : scope.kind;
}

export function parseScopeParam(value: string | null): Scope | null {
  if (value === 'main' || value === 'tenant-wide') return { kind: value };
  if (value?.startsWith('group:') && value.length > 6) return { kind: 'group', resourceGroup: value.slice(6) };
  return null;
}

export const sameSide = (a: Side, b: Side) => a.connection === b.connection && scopeParam(a.scope) === scopeParam(b.scope);

export const sideName = (side: Side) => `${side.connection} · ${scopeLabel(side.scope)}`;
