// The one inline script of the console's page, in its <head> (vite.config.ts writes it into index.html):
// it gives <html> the color scheme the app will use (Mantine's attribute, from the choice the theme toggle
// stored, else the system's) before the first paint. A page the server drew (decision 0076) paints before the
// app's script runs, and would otherwise flash light for a dark-mode user. The Content-Security-Policy allows
// exactly this script by its hash (security-headers.ts); no other inline script runs.
import { createHash } from 'node:crypto';

/** As Mantine's own ColorSchemeScript, for `defaultColorScheme="auto"` and its default storage key. */
export const COLOR_SCHEME_SCRIPT =
  'try{var s=localStorage.getItem("mantine-color-scheme-value");if(s!=="light"&&s!=="dark")s=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.setAttribute("data-mantine-color-scheme",s)}catch(e){}';

/** The CSP source that allows it. */
export const COLOR_SCHEME_SCRIPT_HASH = `'sha256-${createHash('sha256').update(COLOR_SCHEME_SCRIPT).digest('base64')}'`;
