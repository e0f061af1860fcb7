// Imported first by main.tsx, so that it runs before React DOM, Mantine and the router are evaluated (about
// a hundred milliseconds of script on a slow machine): the first screen's queries are on the wire by then.
import { setApiConnection } from '../api/client';
import { FIRST_SCREEN_DATA_ID, type FirstScreenData } from '../../contract/first-screen';
import { prefetchFirstScreen, seedFirstScreen } from './first-screen';
import { createQueryClient } from './query-client';

nameTheConnection();

/** `/c/{connection}/...`: the page names its connection, so a link opens the same tenant. */
const named = /^\/c\/([^/]+)(?:\/|$)/.exec(window.location.pathname);
/** The connection's segment as it stands in the URL, or null for `/` and old links. */
export const connectionSegment = named ? named[1]! : null;
// Before the first query: every call goes to this connection's `/api/c/{name}`.
if (connectionSegment) setApiConnection(safeDecode(connectionSegment));

export const queryClient = createQueryClient();
/** The server drew the first screen (decision 0076): its answers are in the page, and into the cache now. */
export const serverDrawn = seedFromPage();
/** Settles when the first screen's code and data have arrived (or failed). */
export const firstScreenReady = prefetchFirstScreen(queryClient, window.location.pathname);

/** The answers a page the server drew carries, put into the cache (then none of them is asked again). */
function seedFromPage(): boolean {
  const carried = document.getElementById(FIRST_SCREEN_DATA_ID)?.textContent;
  if (!carried || !document.getElementById('root')?.hasChildNodes()) return false;
  try {
    seedFirstScreen(queryClient, JSON.parse(carried) as FirstScreenData);
    return true;
  } catch {
    // Answers that do not read: the app asks for them and draws the page itself, over the server's.
    queryClient.clear();
    return false;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A page opened without a connection (`/`, `/map`, links from before there were connections) is the default
 * connection's: the console server names it in the page (src/server/console/http/static.ts) instead of
 * redirecting, and the address says so before anything reads it, as if the page had been opened there.
 */
function nameTheConnection() {
  const { pathname, search, hash } = window.location;
  if (/^\/c\/[^/]+(?:\/|$)/.test(pathname)) return;
  const given = document.querySelector('meta[name="console-connection"]')?.getAttribute('content');
  // One encoded path segment, as the server writes it; anything else is not a connection's name.
  if (!given || !/^[^/?#\\]+$/.test(given)) return;
  window.history.replaceState(window.history.state, '', `/c/${given}${pathname === '/index.html' ? '/' : pathname}${search}${hash}`);
}
