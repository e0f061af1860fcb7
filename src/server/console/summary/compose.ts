// The whole tenant in one answer for the map, the overview, the palette and the export: the resource
// groups, then every scope's secret list, fetched upstream with bounded concurrency. Metadata only: the
// API never returns a secret's data, and nothing here adds any.
import { scopeToHeaders, type Scope } from '../../../contract';

/** One GET upstream: status, the `Link` header (the group list's paging), and the parsed JSON body. */
export type UpstreamGet = (
  path: string,
  headers: Record<string, string>,
) => Promise<{ status: number; link: string | null; json: unknown }>;

export type SummaryFailure = { scope: string; status: number; message: string };

export type TenantSummary = {
  generatedAt: string;
  resourceGroups: unknown[];
  main: unknown[];
  tenantWide: unknown[];
  /** Each group's own secrets, by resource-group id. */
  groups: Record<string, unknown[]>;
  /** Lists that could not be read (a group being deleted, say): the rest of the summary still stands. */
  failures: SummaryFailure[];
};

export class SummaryError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const PAGE = 1000;
/** More pages than any tenant has (50 groups by default, 1000 names a page): a bound on a broken upstream. */
const MAX_PAGES = 200;

type ListBody = { count?: number; resources?: unknown[] };

function messageOf(json: unknown, status: number): string {
  const m = (json as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof m === 'string' ? m : `HTTP ${status}`;
}

/** The next page from a `Link: <url>; rel="next"` header, as a path under /v2. */
function nextFromLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (!m) continue;
    const url = new URL(m[1]!, 'http://upstream.invalid/v2/admin/resourceGroups');
    const at = url.pathname.indexOf('/admin/');
    return at < 0 ? null : url.pathname.slice(at) + url.search;
  }
  return null;
}

/** A list that changed under a walk (410 on its continueToken) is walked again from the start, this often. */
const RESTARTS = 3;

/** Every item of a list: follows `Link` where the service gives one, else pages with $top/$skip. */
async function listAll(get: UpstreamGet, path: string, headers: Record<string, string>, restarts = RESTARTS): Promise<unknown[]> {
  const all: unknown[] = [];
  const first = `${path}?$top=${PAGE}&$skip=0&$count=true`;
  let next: string | null = first;
  for (let pages = 0; next && pages < MAX_PAGES; pages++) {
    const answer = await get(next, headers);
    // Stale token: walking on would skip or repeat items, so start again (as the service asks).
    if (answer.status === 410 && next !== first && restarts > 0) return listAll(get, path, headers, restarts - 1);
    if (answer.status !== 200) throw new SummaryError(answer.status, messageOf(answer.json, answer.status));
    const body = answer.json as ListBody;
    const items = Array.isArray(body?.resources) ? body.resources : [];
    all.push(...items);
    const linked = nextFromLink(answer.link);
    if (linked) next = linked;
    else if (items.length === PAGE && (body.count === undefined || all.length < body.count))
      next = `${path}?$top=${PAGE}&$skip=${all.length}&$count=true`;
    else next = null;
  }
  return all;
}

/** Runs `work` over `items`, at most `limit` at once, keeping the order of the results. */
export async function mapBounded<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let index = 0;
  const worker = async () => {
    while (index < items.length) {
      const i = index++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const secrets = (get: UpstreamGet, scope: Scope) => listAll(get, '/admin/secrets', scopeToHeaders(scope));

/**
 * Group lists in flight at once for one summary. Each list is one short GET; against a real tenant its time
 * is mostly the network's round trip, so 200 groups take ceil(200 / N) round trips: 25 at 8, 7 at 32
 * (decision 0069). The upstream pool's 64 connections bound all summaries together.
 */
export const SUMMARY_CONCURRENCY = 32;

export async function composeSummary(get: UpstreamGet, options: { concurrency?: number } = {}): Promise<TenantSummary> {
  const concurrency = options.concurrency ?? SUMMARY_CONCURRENCY;
  // The group list, the main and the tenant-wide lists side by side; a failure of any (no token, upstream
  // down) fails the whole summary with its status.
  const [resourceGroups, main, tenantWide] = await Promise.all([
    listAll(get, '/admin/resourceGroups', { Prefer: `maxpagesize=${PAGE}` }),
    secrets(get, { kind: 'main' }),
    secrets(get, { kind: 'tenant-wide' }),
  ]);
  const ids = resourceGroups
    .map((g) => (g as { resourceGroupId?: unknown }).resourceGroupId)
    .filter((id): id is string => typeof id === 'string');
  const failures: SummaryFailure[] = [];
  const lists = await mapBounded(ids, concurrency, async (id) => {
    try {
      return await secrets(get, { kind: 'group', resourceGroup: id });
    } catch (err) {
      if (!(err instanceof SummaryError)) throw err;
      failures.push({ scope: id, status: err.status, message: err.message });
      return [];
    }
  });
  const groups: Record<string, unknown[]> = {};
  ids.forEach((id, i) => (groups[id] = lists[i]!));
  return { generatedAt: new Date().toISOString(), resourceGroups, main, tenantWide, groups, failures };
}
