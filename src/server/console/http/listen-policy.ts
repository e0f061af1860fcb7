// Where the console may listen, and with what. Loopback is for the admin alone; any other address needs
// access control, and basic auth (a password in every request) needs TLS in front of it (decision 0014).
import net from 'node:net';

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and "localhost": not any name that merely starts with "127.". */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) return h === '::1' || /^::ffff:127\./.test(h) || h === '0:0:0:0:0:0:0:1';
  return false;
}

export type ListenInput = {
  host: string;
  /**
   * How requests are authenticated. 'sign-in' is the OIDC sign-in (issue #13): it may listen on any
   * address; its session cookie's protection in transit is decided where sign-in is configured.
   */
  access: 'none' | 'basic' | 'sign-in';
  tls: boolean;
  behindTlsProxy: boolean;
};

/** null when the console may listen this way, else a sentence that says what to change. */
export function listenRefusal({ host, access, tls, behindTlsProxy }: ListenInput): string | null {
  if (isLoopback(host)) return null;
  if (access === 'none')
    return `refusing to listen on ${host} without access control: set CONSOLE_AUTH=user:password (HTTP basic auth), or keep the default 127.0.0.1`;
  if (access === 'basic' && !tls && !behindTlsProxy)
    return (
      `refusing to listen on ${host} with basic auth over plain HTTP (the password would cross the network in clear): ` +
      `give a certificate with --tls-cert and --tls-key (CONSOLE_TLS_CERT, CONSOLE_TLS_KEY), or set CONSOLE_BEHIND_TLS_PROXY=true if a TLS proxy sits in front`
    );
  return null;
}
