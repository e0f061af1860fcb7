// The group list's paging as the service does it: the client asks for pages with `Prefer: maxpagesize=N`,
// each page but the last carries a `Link` header whose URL holds a `continueToken`, and a token the list
// has changed under (a group created, relabelled or gone) or an old one is 410 Gone: walking on would skip or
// repeat groups, so the client starts again from the first page.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ApiError } from './api-error';

/** Where a walk stands: the next item, where the window ends, the query it runs, the page size. */
export type Cursor = { offset: number; end: number | null; selector: string; size: number };

/** Tokens from before a restart are stale too: the process's epoch is in each. */
const EPOCH = randomUUID().slice(0, 8);
export const TOKEN_TTL_MS = 10 * 60 * 1000;
const MAX_TOKEN_LENGTH = 8192;

const tokenSchema = z.object({
  ep: z.string(),
  g: z.number().int().nonnegative(),
  t: z.number().int().nonnegative(),
  o: z.number().int().nonnegative(),
  e: z.number().int().nonnegative().nullable(),
  s: z.string().max(4096),
  n: z.number().int().positive(),
});

/** `maxpagesize=N` (or `odata.maxpagesize`) among the preferences of a `Prefer` header (RFC 7240). */
export function preferredPageSize(header: string | undefined): number | undefined {
  if (!header) return undefined;
  if (header.length > 1024) throw new ApiError(400, 'InvalidRequest', 'The Prefer header is longer than 1024 characters');
  for (const part of header.split(',')) {
    const m = /^\s*(?:odata\.)?maxpagesize\s*=\s*"?([^";\s]*)"?\s*(?:;.*)?$/i.exec(part);
    if (!m) continue;
    if (!/^[1-9]\d{0,5}$/.test(m[1]!))
      throw new ApiError(
        400,
        'InvalidRequest',
        `The Prefer header's maxpagesize must be a whole number from 1 to 999999, not "${m[1]!.slice(0, 20)}"`,
      );
    return Number(m[1]);
  }
  return undefined;
}

export function encodeToken(cursor: Cursor, generation: number, now: number): string {
  const body: z.infer<typeof tokenSchema> = {
    ep: EPOCH,
    g: generation,
    t: now,
    o: cursor.offset,
    e: cursor.end,
    s: cursor.selector,
    n: cursor.size,
  };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function decodeToken(raw: string, generation: number, now: number): Cursor {
  const bad = () =>
    new ApiError(400, 'InvalidQuery', 'Query parameter continueToken is not a token this service issued: list from the first page again');
  if (raw.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) throw bad();
  let parsed: z.infer<typeof tokenSchema>;
  try {
    parsed = tokenSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw bad();
  }
  if (parsed.ep !== EPOCH || parsed.g !== generation || now - parsed.t > TOKEN_TTL_MS)
    throw new ApiError(
      410,
      'Gone',
      'Query parameter continueToken is stale: the resource groups changed since the first page was read (or the token is older than 10 minutes). List from the first page again.',
    );
  return { offset: parsed.o, end: parsed.e, selector: parsed.s, size: parsed.n };
}
