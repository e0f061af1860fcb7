// The overview drawn on the server (decision 0076): the console reads the page's first answers (its status
// and the tenant summary, through its own routes, so that sign-in, roles and the connection's rules apply as
// to the page's own calls), draws the first screen with the app's code (src/web/entry-server.tsx, built into
// the build's `.ssr/` folder) and sends the page with it and with those answers, from which the app hydrates.
// Whatever fails or is slow (no renderer built, an answer not 200, AI Core slower than the budget, a
// rendering error), the page goes undrawn as before, and the app asks and draws as it always did.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FirstScreenData } from '../../../contract/first-screen';

export type { FirstScreenData };
type Render = (address: string, data: FirstScreenData) => Promise<string>;

/**
 * How long a page may wait for its answers before it goes undrawn: the embedded emulator answers in ~10 ms;
 * a tenant slower than this gets the page at once and the app asks, as without a server-drawn page.
 */
export const FIRST_SCREEN_BUDGET_MS = 300;

/** The renderer of the build in `dir`, loaded in the background; null until then, and without one. */
export function loadRenderer(dir: string, onError: (message: string) => void): () => Render | null {
  const file = path.join(dir, '.ssr', 'entry-server.js');
  let render: Render | null = null;
  if (fs.existsSync(file))
    import(pathToFileURL(file).href).then(
      (mod: { renderFirstScreen: Render }) => void (render = mod.renderFirstScreen),
      (err: Error) => onError(`the first screen's renderer did not load (${err.name}): pages are drawn in the browser`),
    );
  return () => render;
}

/**
 * `<script type="application/json">` text for `data`: `<` written as `\u003c`, so that no string in it (a
 * label's value is anything) can close the element or open a comment; U+2028/2029 escaped as JSON allows.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * After answers missed the budget, how long that connection's overview goes undrawn at once: a slow tenant
 * would otherwise make every page load wait for the budget, and then be asked twice (by the server, and by
 * the page's own calls).
 */
export const SLOW_CONNECTION_RESTS_MS = 60_000;

/** Resolves with `work`'s value, or null when it fails, or null once `ms` have passed (then `late()` is called). */
export function within<T>(work: Promise<T | null>, ms: number, late: () => void): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work.catch(() => null),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        late();
        resolve(null);
      }, ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
