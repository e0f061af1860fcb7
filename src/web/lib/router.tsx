// The console's routing: wouter (about 2 KB) matches paths and draws links; this file adds what the console
// needs beyond it, in React Router's shapes (docs/decisions/0057): a location with `pathname` and `search`,
// search params that keep what the user typed, and a blocker that holds a navigation (a link, a shortcut,
// the browser's back button) while a form has unsaved changes.
//
// Every page lives under its connection's prefix, `/c/{name}`, read from the address itself: `/` and older
// links have none until the console names the default connection, and then the address gains it without
// the app being drawn anew. Paths inside the app (routes, links, `navigate`) never carry the prefix.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Router as WouterRouter, useLocation as useWouterLocation, useRouter } from 'wouter';
import { usePathname, useSearch } from 'wouter/use-browser-location';

export { Link, Route, Switch, useParams, useRoute } from 'wouter';

type NavigateOptions = { replace?: boolean };

// Each history entry the console makes carries its index, so that a blocked back or forward can be undone.
const indexOf = (state: unknown): number => {
  const idx = (state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : 0;
};
let current = typeof history === 'undefined' ? 0 : indexOf(history.state);

function go(to: string, { replace = false }: NavigateOptions = {}) {
  if (!replace) current += 1;
  history[replace ? 'replaceState' : 'pushState']({ idx: current }, '', to);
}

type Guard = { blocks: () => boolean; hold: (proceed: () => void) => void };
/** The mounted blocker, if any (one at a time, as in React Router). */
let guard: Guard | null = null;

/** The connection's prefix of a path (`/c/{name}`), or '' for `/` and links from before connections. */
const prefixOf = (path: string) => /^\/c\/[^/]+(?=\/|$)/.exec(path)?.[0] ?? '';
const inside = (path: string) => path.slice(prefixOf(path).length) || '/';
const withPrefix = (to: string) => `${prefixOf(window.location.pathname)}${to}`;

/** `to` is a path inside the app; it stays under the current connection's prefix. */
function navigate(to: string, options?: NavigateOptions) {
  const target = withPrefix(to);
  if (guard?.blocks()) guard.hold(() => go(target, options));
  else go(target, options);
}

let reverting = false;
let passing = false;
if (typeof window !== 'undefined')
  // Capture: runs before wouter's listener, which must not see a back or forward that is held.
  window.addEventListener(
    'popstate',
    (event) => {
      const idx = indexOf(event.state);
      if (reverting) {
        reverting = false;
        event.stopImmediatePropagation();
        return;
      }
      if (!passing && guard?.blocks()) {
        event.stopImmediatePropagation();
        const delta = idx - current;
        if (delta === 0) return;
        reverting = true;
        history.go(-delta);
        guard.hold(() => {
          passing = true;
          history.go(delta);
        });
        return;
      }
      passing = false;
      current = idx;
    },
    { capture: true },
  );

// For wouter: where the app is (routes match it), how to go elsewhere, and a link's address. On the server
// (src/web/entry-server.tsx) the address is the request's, given to the router as `ssrPath`; in the browser
// the same hooks read the address bar, and while a server-drawn page hydrates they read it too (the server
// drew the address the browser shows).
type Where = { ssrPath?: string; ssrSearch?: string };
const useAppLocation = (router: Where): [string, typeof navigate] => [inside(usePathname(router)), navigate];
const hrefs = (to: string, router?: Where) => `${prefixOf(router?.ssrPath ?? window.location.pathname)}${to}`;

/** The app's router; `ssrPath` (with its `?query`) only on the server. */
export function Router({ children, ssrPath }: { children: ReactNode; ssrPath?: string }) {
  return (
    <WouterRouter hook={useAppLocation} hrefs={hrefs} ssrPath={ssrPath}>
      {children}
    </WouterRouter>
  );
}

/** The path inside the app (without the connection's prefix), as it stands in the address bar, and the query. */
export function useLocation(): { pathname: string; search: string } {
  const router = useRouter();
  return { pathname: inside(usePathname(router)), search: useSearch(router) };
}

/** Goes to a path inside the app; held by a blocker like a link. */
export function useNavigate(): (to: string, options?: NavigateOptions) => void {
  return useWouterLocation()[1];
}

type ParamsInit = URLSearchParams | string | Record<string, string>;

/**
 * The query string as URLSearchParams, read as the browser has it (wouter's own decodes it once more, which
 * would turn a typed "%41" into "A"), and a setter that keeps the path.
 */
export function useSearchParams(): [
  URLSearchParams,
  (next: ParamsInit | ((previous: URLSearchParams) => ParamsInit), options?: NavigateOptions) => void,
] {
  const search = useSearch(useRouter());
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useMemo(
    () => (next: ParamsInit | ((previous: URLSearchParams) => ParamsInit), options?: NavigateOptions) => {
      const value = new URLSearchParams(typeof next === 'function' ? next(new URLSearchParams(window.location.search)) : next);
      const qs = value.toString();
      navigate(`${inside(window.location.pathname)}${qs ? `?${qs}` : ''}`, options);
    },
    [],
  );
  return [params, set];
}

export type Blocker = { state: 'blocked' | 'unblocked'; proceed: () => void; reset: () => void };
const UNBLOCKED: Blocker = { state: 'unblocked', proceed: () => {}, reset: () => {} };

/**
 * While `when` holds, a navigation waits: `state` is "blocked" until `proceed()` (go on) or `reset()` (stay).
 * A held back or forward is undone at once, and redone by `proceed()`.
 */
export function useBlocker(when: boolean): Blocker {
  const [held, setHeld] = useState<(() => void) | null>(null);
  const blocks = useRef(when);
  useEffect(() => {
    blocks.current = when;
  });
  useEffect(() => {
    const mine: Guard = { blocks: () => blocks.current, hold: (proceed) => setHeld(() => proceed) };
    guard = mine;
    return () => {
      if (guard === mine) guard = null;
    };
  }, []);
  return useMemo(
    () =>
      held
        ? {
            state: 'blocked',
            proceed: () => {
              setHeld(null);
              held();
            },
            reset: () => setHeld(null),
          }
        : UNBLOCKED,
    [held],
  );
}
