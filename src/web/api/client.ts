// The one fetch client of the app: relative /api, never a token (the console server holds it). Every call
// goes to the connection the page was opened for (`/c/{name}/...` -> `/api/c/{name}/...`).
import { readErrorEnvelope, scopeToHeaders, type Scope } from '../../contract';
import { sentence } from '../lib/format';

/** An API answer that was not 2xx, with what the user needs to act on it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
  ) {
    super(message);
  }
}

let current: string | null = null;

/** Set once at start-up from the page's URL; before that (and in unit tests) `/api` means the default connection. */
export function setApiConnection(name: string | null): void {
  current = name;
}

export function apiConnection(): string | null {
  return current;
}

const apiBase = (connection: string | null) => (connection ? `/api/c/${encodeURIComponent(connection)}` : '/api');

/** What the console says when AI Core refuses a write because of the service key's role. */
export const READ_ONLY_MESSAGE = "This connection's service key may not change secrets";

type Options = {
  /** Another connection than the page's (Compare reads and copies across connections). */
  connection?: string;
  method?: string;
  scope?: Scope;
  body?: unknown;
  signal?: AbortSignal;
  query?: Record<string, string | number | boolean | undefined>;
  /** Extra request headers (e.g. `Prefer`), and a look at the answer's headers (e.g. `Link`). */
  headers?: Record<string, string>;
  onHeaders?: (headers: Headers) => void;
};

export async function apiFetch(path: string, options: Options = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-console-request': '1' };
  if (options.scope) Object.assign(headers, scopeToHeaders(options.scope));
  if (options.headers) Object.assign(headers, options.headers);
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) query.set(k, String(v));
  const qs = query.toString();
  let res: Response;
  try {
    res = await fetch(`${apiBase(options.connection ?? current)}${path}${qs ? `?${qs}` : ''}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'ConsoleUnreachable', 'The console server cannot be reached. Is `npm start` still running?', null);
  }
  options.onHeaders?.(res.headers);
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  if (!res.ok) {
    const e = readErrorEnvelope(json)?.error ?? {};
    // Shown as it is: a sentence, whatever the service's casing.
    const message = e.message ? sentence(e.message) : `The request failed with HTTP ${res.status}.`;
    // AI Core's 403 on a write: its role lacks secret editing. Say so in words, keeping AI Core's own message.
    const refused = res.status === 403 && res.headers.get('x-console-refused-by') === 'upstream';
    throw new ApiError(
      res.status,
      e.code ?? `HTTP${res.status}`,
      refused
        ? `${READ_ONLY_MESSAGE}: AI Core refused the change (HTTP 403: ${message}). Write actions are now disabled for this connection.`
        : message,
      e.requestId ?? res.headers.get('x-request-id'),
    );
  }
  return json;
}
