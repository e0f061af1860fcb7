// The path a request line logs: the route, not the path as sent. A template keeps secret and resource-group
// names out of the log (the activity log records who changed what) and gives a log viewer few distinct
// values to group by; query strings are never logged, since they may carry anything.

/** The console's own endpoints and sign-in pages: a few lowercase words, nothing a client invents freely. */
const WORDS = /^(?:\/[a-z][a-z0-9-]{0,39}){1,3}$/;
const COLLECTIONS = /^\/v2\/admin\/(?:secrets|resourceGroups|resourceQuota\/secrets)$/;
const ITEMS: [RegExp, string][] = [
  [/^\/v2\/admin\/secrets\/[^/]+$/, '/v2/admin/secrets/:name'],
  [/^\/v2\/admin\/resourceGroups\/[^/]+$/, '/v2/admin/resourceGroups/:resourceGroupId'],
];
const PROBES = new Set(['/healthz', '/readyz']);

function apiTemplate(prefix: string, rest: string): string {
  if (COLLECTIONS.test(rest)) return prefix + rest;
  for (const [pattern, template] of ITEMS) if (pattern.test(rest)) return prefix + template;
  if (rest.startsWith('/v2/')) return `${prefix}/v2/*`;
  return WORDS.test(rest) ? prefix + rest : `${prefix}/*`;
}

/** The raw (still percent-encoded) path of a request URL, without the query. */
export function rawPath(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start < 0) return '/';
  const query = url.indexOf('?', start);
  return query < 0 ? url.slice(start) : url.slice(start, query);
}

export function routeTemplate(path: string): string {
  if (PROBES.has(path)) return path;
  if (path.startsWith('/api/c/')) {
    const end = path.indexOf('/', '/api/c/'.length);
    return apiTemplate('/api/c/:connection', end < 0 ? '' : path.slice(end));
  }
  if (path === '/api' || path.startsWith('/api/')) return apiTemplate('/api', path.slice('/api'.length));
  if (path.startsWith('/assets/')) return '/assets/*';
  if (path.startsWith('/auth/') && WORDS.test(path)) return path;
  // Everything else is the app: index.html and its client-side routes, which may name a secret.
  return '/*';
}
