// The one fetch client of the app: relative /api, never a token (the console server holds it).
import { errorEnvelopeSchema, scopeToHeaders, type Scope } from '../../contract';

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

type Options = {
  method?: string;
  scope?: Scope;
  body?: unknown;
  signal?: AbortSignal;
  query?: Record<string, string | number | boolean | undefined>;
};

export async function apiFetch(path: string, options: Options = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-console-request': '1' };
  if (options.scope) Object.assign(headers, scopeToHeaders(options.scope));
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) query.set(k, String(v));
  const qs = query.toString();
  let res: Response;
  try {
    res = await fetch(`/api${path}${qs ? `?${qs}` : ''}`, {
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
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  if (!res.ok) {
    const parsed = errorEnvelopeSchema.safeParse(json);
    const e = parsed.success ? parsed.data.error : {};
    throw new ApiError(
      res.status,
      e.code ?? `HTTP${res.status}`,
      e.message ?? `The request failed with HTTP ${res.status}.`,
      e.requestId ?? res.headers.get('x-request-id'),
    );
  }
  return json;
}
