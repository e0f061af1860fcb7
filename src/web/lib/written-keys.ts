// The data keys of secrets this browser wrote, so a detail page can name them: the API never returns data,
// not even key names. Key names only, never a value; in memory only, gone on reload (decision 0040).
import { useSyncExternalStore } from 'react';
import type { Scope } from '../../contract';

export type WrittenKeys = { keys: string[]; at: number; action: 'created' | 'rotated' };

const byScopeAndName = new Map<string, WrittenKeys>();
const listeners = new Set<() => void>();

const keyOf = (scope: Scope, name: string) => `${scope.kind === 'group' ? `group:${scope.resourceGroup}` : scope.kind}\u0000${name}`;
const emit = () => listeners.forEach((l) => l());

export function noteWrittenKeys(scope: Scope, name: string, data: Record<string, string>, action: WrittenKeys['action']): void {
  byScopeAndName.set(keyOf(scope, name), { keys: Object.keys(data).sort(), at: Date.now(), action });
  emit();
}

export function forgetWrittenKeys(scope: Scope, name: string): void {
  if (byScopeAndName.delete(keyOf(scope, name))) emit();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useWrittenKeys(scope: Scope, name: string): WrittenKeys | null {
  return useSyncExternalStore(subscribe, () => byScopeAndName.get(keyOf(scope, name)) ?? null);
}
