// The only AI Core calls the proxy forwards: the paths and methods the console uses. Anything else is 404.

type Route = { pattern: RegExp; methods: readonly string[] };

const SEGMENT = '([^/]+)';
const ROUTES: Route[] = [
  { pattern: /^\/admin\/secrets$/, methods: ['GET', 'POST'] },
  { pattern: new RegExp(`^/admin/secrets/${SEGMENT}$`), methods: ['GET', 'PATCH', 'DELETE'] },
  { pattern: /^\/admin\/resourceGroups$/, methods: ['GET', 'POST'] },
  { pattern: new RegExp(`^/admin/resourceGroups/${SEGMENT}$`), methods: ['GET', 'PATCH', 'DELETE'] },
  { pattern: /^\/admin\/resourceQuota\/secrets$/, methods: ['GET'] },
  { pattern: /^\/admin\/resourceQuota\/resourceGroups$/, methods: ['GET'] },
];

/**
 * Maps the part after `/api/v2` to the upstream path, or null when it is not allowed. A path segment is
 * decoded and encoded again, so that `%2e%2e` or `%2F` can never walk out of the allowed path upstream.
 */
export function upstreamPath(method: string, rest: string): string | null {
  for (const route of ROUTES) {
    const m = route.pattern.exec(rest);
    if (!m || !route.methods.includes(method)) continue;
    if (m[1] === undefined) return rest;
    let segment: string;
    try {
      segment = decodeURIComponent(m[1]);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || segment.includes('/')) return null;
    return rest.slice(0, rest.length - m[1].length) + encodeURIComponent(segment);
  }
  return null;
}

/**
 * The path and query of an absolute request URL as the client sent them, without a `new URL()` per
 * proxied request (a measurable part of its cost, docs/decisions/0048). Unlike URL, dot segments are left
 * as they are: upstreamPath then refuses them rather than resolving them.
 */
export function requestTarget(href: string): { pathname: string; search: string } {
  const start = href.indexOf('/', href.indexOf('//') + 2);
  if (start < 0) return { pathname: '/', search: '' };
  return splitTarget(href.slice(start));
}

/** A request target (`/path?query`, as on the request line) split into its path and query. */
export function splitTarget(target: string): { pathname: string; search: string } {
  const query = target.indexOf('?');
  const end = query < 0 ? target.indexOf('#') : query;
  const pathname = target.slice(0, end < 0 ? undefined : end);
  const hash = query < 0 ? -1 : target.indexOf('#', query);
  const search = query < 0 ? '' : target.slice(query, hash < 0 ? undefined : hash);
  return { pathname, search: search === '?' ? '' : search };
}
