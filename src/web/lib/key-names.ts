// The data key names of secrets this browser tab wrote itself, by connection, scope and name: AI Core never
// returns data, not even key names. Names only, never a value. Two lifetimes, one index (decision 0066):
// - for the secret's own page, in memory, gone on reload (decision 0040);
// - for Compare's "copy to", in sessionStorage, so they stay with this tab and survive switching connections
//   (a full page load; decision 0024). Only the write hooks and Compare's copy put names there.
import { useSyncExternalStore } from 'react';
import type { Scope } from '../../contract';

/** Where a secret lives: the connection (`''` for the console's only one), its scope and its name. */
export type SecretAt = { connection: string; scope: Scope; name: string };
export type WrittenKeys = { keys: string[]; at: number; action: 'created' | 'rotated' };

const id = ({ connection, scope, name }: SecretAt) =>
  `${connection}|${scope.kind === 'group' ? `group:${scope.resourceGroup}` : scope.kind}|${name}`;

// In memory, for the secret's page.
const written = new Map<string, WrittenKeys>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** After a create or rotate from this page: the secret's page names the keys until a reload. */
export function noteWrittenKeys(secret: SecretAt, keys: string[], action: WrittenKeys['action']): void {
  written.set(id(secret), { keys: [...keys].sort(), at: Date.now(), action });
  emit();
}

export function useWrittenKeys(secret: SecretAt): WrittenKeys | null {
  return useSyncExternalStore(
    subscribe,
    () => written.get(id(secret)) ?? null,
    () => null,
  );
}

// In sessionStorage, for Compare.
const STORE = 'console.known-key-names';
const MAX_ENTRIES = 500;

function readStored(): Record<string, string[]> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORE) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

function writeStored(all: Record<string, string[]>) {
  try {
    sessionStorage.setItem(STORE, JSON.stringify(all));
  } catch {
    /* storage full or disabled: the copy form then asks for key names too */
  }
}

/** Keeps the names for Compare's "copy to" in this tab, the newest 500 secrets. */
export function keepKeyNamesForCompare(secret: SecretAt, keys: string[]): void {
  const all = readStored();
  delete all[id(secret)];
  all[id(secret)] = keys;
  writeStored(Object.fromEntries(Object.entries(all).slice(-MAX_ENTRIES)));
}

/** The names kept for Compare, or null when this tab did not write the secret. */
export function knownKeyNames(secret: SecretAt): string[] | null {
  const keys = readStored()[id(secret)];
  return Array.isArray(keys) ? keys.filter((k) => typeof k === 'string') : null;
}

/** The secret is gone: neither its page nor Compare names its keys any more. */
export function forgetKeyNames(secret: SecretAt): void {
  if (written.delete(id(secret))) emit();
  const all = readStored();
  if (!(id(secret) in all)) return;
  delete all[id(secret)];
  writeStored(all);
}
