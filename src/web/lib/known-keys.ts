// The data key names of secrets this browser tab wrote itself. AI Core never returns key names, so Compare's
// "copy to" can only offer them when the console made the write. Names only, never a value; sessionStorage,
// so they stay with this tab and survive switching connections (a full page load).
import type { Scope } from '../../contract';

const STORE = 'console.known-key-names';
const MAX_ENTRIES = 500;

const id = (connection: string, scope: Scope, name: string) =>
  `${connection}|${scope.kind === 'group' ? `group:${scope.resourceGroup}` : scope.kind}|${name}`;

function read(): Record<string, string[]> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORE) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

export function rememberKeyNames(connection: string, scope: Scope, name: string, keys: string[]): void {
  const all = read();
  delete all[id(connection, scope, name)];
  all[id(connection, scope, name)] = keys;
  const entries = Object.entries(all);
  try {
    sessionStorage.setItem(STORE, JSON.stringify(Object.fromEntries(entries.slice(-MAX_ENTRIES))));
  } catch {
    /* storage full or disabled: the copy form then asks for key names too */
  }
}

export function forgetKeyNames(connection: string, scope: Scope, name: string): void {
  const all = read();
  if (!(id(connection, scope, name) in all)) return;
  delete all[id(connection, scope, name)];
  sessionStorage.setItem(STORE, JSON.stringify(all));
}

export function knownKeyNames(connection: string, scope: Scope, name: string): string[] | null {
  const keys = read()[id(connection, scope, name)];
  return Array.isArray(keys) ? keys.filter((k) => typeof k === 'string') : null;
}
