// The only AI Core calls the proxy forwards: the paths and methods the console uses. Anything else is 404.

type Route = { pattern: RegExp; methods: readonly string[] };

const SEGMENT = '([^/]+)';
const ROUTES: Route[] = [
  { pattern: /^\/admin\/secrets$/, methods: ['GET', 'POST'] },
  { pattern: new RegExp(`^/admin/secrets/${SEGMENT}$`), methods: ['GET', 'PATCH', 'DELETE'] },
  { pattern: /^\/admin\/resourceGroups$/, methods: ['GET', 'POST'] },
  { pattern: new RegExp(`^/admin/resourceGroups/${SEGMENT}$`), methods: ['GET', 'PATCH', 'DELETE'] },
  { pattern: /^\/admin\/resourceQuota\/secrets$/, methods: ['GET'] },
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
