// `npm run dev`: Vite serves the repository's files as they are, so a page could fetch the emulator's
// service key or a key file dropped at the root. This guard runs in front of Vite: the same host
// allow-list as `npm start`, and only the files the app needs (vite.config.ts's server.fs is the second
// line). Decision 0014.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { errorEnvelope } from '../../../contract';
import { isHostAllowed, refusalMessage } from './host-allow-list';

/** What Vite itself serves for the app: sources, dependencies and its own client. */
const APP_PREFIXES = ['/src/', '/node_modules/', '/@vite/', '/@id/', '/@fs/', '/@react-refresh', '/__vite'];
/** Key and credential files, wherever they are. */
const SECRET_FILE = /(^|\/)(\.env[^/]*|[^/]*service-key[^/]*\.json|[^/]*\.(pem|key|crt|cer|p12|pfx|jks))$/i;

/** Why the dev server must not hand out this path, or null when it may. */
export function devPathRefusal(url: string, root: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://dev').pathname);
  } catch {
    return 'the path is not well-formed';
  }
  if (pathname.includes('\0')) return 'the path is not well-formed';
  const segments = pathname.split('/').filter(Boolean);
  if (SECRET_FILE.test(pathname)) return 'key and credential files are never served';
  // Dot folders (.data, .git, .env, .ci), except Vite's own pre-bundled dependencies.
  if (segments.some((s, i) => s.startsWith('.') && !(s === '.vite' && segments[i - 1] === 'node_modules')))
    return 'hidden files and folders are never served';
  if (pathname === '/' || pathname === '/index.html' || APP_PREFIXES.some((p) => pathname.startsWith(p))) return null;
  if (pathname.startsWith('/api/')) return null;
  // A file of public/ is the app's; any other file of the repository is not (package.json, keys, notes).
  if (fs.existsSync(path.join(root, 'public', pathname))) return null;
  if (fs.existsSync(path.join(root, pathname))) return 'only the app’s own files are served';
  return null; // a client-side route: Vite answers with the app
}

type Next = (err?: unknown) => void;

export function devGuard(allowedHosts: readonly string[], root: string) {
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    if (!isHostAllowed(req.headers.host, allowedHosts)) {
      res.writeHead(403, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(errorEnvelope('Forbidden', refusalMessage(req.headers.host), '', (req.url ?? '/').split('?')[0]!)));
      return;
    }
    const refusal = devPathRefusal(req.url ?? '/', root);
    if (refusal) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`Refused by the dev server: ${refusal}.`);
      return;
    }
    next();
  };
}
