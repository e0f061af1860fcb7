// DNS rebinding: a page on evil.example can rebind its name to 127.0.0.1 and then call the console as
// "same origin". Its requests still carry `Host: evil.example`, so the console answers only the names it
// is reached by: those of the address it listens on, and what the operator adds (docs/decisions/0010).
import os from 'node:os';
import type { MiddlewareHandler } from 'hono';
import { errorEnvelope } from '../../../contract';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '']);

/** A host as a Host header spells it: lower case, IPv6 in brackets, no trailing dot. */
export function normalizeHostName(name: string): string {
  const lower = name.trim().toLowerCase().replace(/\.$/, '');
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

/**
 * The names the console answers to by default: loopback, plus the address it listens on; for a wildcard
 * address (0.0.0.0, ::) the machine's own interface addresses.
 */
export function defaultAllowedHosts(listenHost: string): string[] {
  const names = new Set(LOOPBACK_NAMES);
  if (WILDCARD.has(listenHost)) {
    for (const list of Object.values(os.networkInterfaces()))
      for (const a of list ?? []) names.add(normalizeHostName(a.address.split('%')[0] ?? a.address));
  } else names.add(normalizeHostName(listenHost));
  return [...names];
}

/** `--allowed-hosts` / CONSOLE_ALLOWED_HOSTS: comma-separated names; `.example.com` allows its subdomains. */
export function parseAllowedHosts(value: string | undefined): string[] {
  if (!value) return [];
  const names = value
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  for (const n of names)
    if (!/^\.?[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i.test(n))
      throw new Error(`--allowed-hosts: "${n}" is not a host name (give names like console.example.com or .example.com, without port)`);
  return names.map((n) => (n.startsWith('.') ? `.${normalizeHostName(n.slice(1))}` : normalizeHostName(n)));
}

/** The host name of a Host header without its port, or null when it is not a well-formed host. */
export function hostNameOf(header: string | undefined): string | null {
  if (!header || header.length > 300) return null;
  const m = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._-]+)(?::\d{1,5})?$/.exec(header);
  return m ? normalizeHostName(m[1]!) : null;
}

export function isHostAllowed(header: string | undefined, allowed: readonly string[]): boolean {
  const name = hostNameOf(header);
  if (name === null) return false;
  for (const entry of allowed) {
    if (entry === name) return true;
    if (entry.startsWith('.') && (name === entry.slice(1) || name.endsWith(entry))) return true;
  }
  return false;
}

export function refusalMessage(header: string | undefined): string {
  const shown = JSON.stringify((header ?? '').slice(0, 100));
  return `Refused: this console does not answer to the host name ${shown}. If you reach it by that name on purpose, start it with --allowed-hosts (CONSOLE_ALLOWED_HOSTS).`;
}

/** Runs before any route, static files included. 403 with the error envelope. */
export function hostAllowList(allowed: readonly string[]): MiddlewareHandler<{ Variables: { requestId: string } }> {
  return async (c, next) => {
    const host = c.req.header('host');
    if (!isHostAllowed(host, allowed))
      return c.json(errorEnvelope('Forbidden', refusalMessage(host), c.get('requestId'), new URL(c.req.url).pathname), 403);
    await next();
  };
}
