// The console's security flags and their environment variables, parsed once at start-up with errors that
// name the flag: --allowed-hosts, --tls-cert, --tls-key, CONSOLE_BEHIND_TLS_PROXY.
import fs from 'node:fs';
import { parseAllowedHosts } from './host-allow-list';

export const consoleFlagSpec = {
  'allowed-hosts': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
} as const;

export type ConsoleSecurity = {
  allowedHosts: string[];
  tls?: { cert: string; key: string };
  behindTlsProxy: boolean;
};

function readPem(file: string, flag: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${flag}: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

export function consoleSecurityOptions(values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv): ConsoleSecurity {
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const allowedHosts = parseAllowedHosts(str(values['allowed-hosts']) ?? str(env.CONSOLE_ALLOWED_HOSTS));
  const certFile = str(values['tls-cert']) ?? str(env.CONSOLE_TLS_CERT);
  const keyFile = str(values['tls-key']) ?? str(env.CONSOLE_TLS_KEY);
  if (Boolean(certFile) !== Boolean(keyFile))
    throw new Error('--tls-cert and --tls-key (CONSOLE_TLS_CERT, CONSOLE_TLS_KEY) go together: give both, or neither');
  const proxy = str(env.CONSOLE_BEHIND_TLS_PROXY);
  if (proxy !== undefined && proxy !== 'true' && proxy !== 'false')
    throw new Error(`CONSOLE_BEHIND_TLS_PROXY must be true or false, not "${proxy.slice(0, 20)}"`);
  return {
    allowedHosts,
    tls: certFile && keyFile ? { cert: readPem(certFile, '--tls-cert'), key: readPem(keyFile, '--tls-key') } : undefined,
    behindTlsProxy: proxy === 'true',
  };
}
