// One keyboard scheme for the whole console. Page actions are found in the DOM by their aria-keyshortcuts
// attribute, so a page opts in by declaring the key on its control (which also tells assistive technology),
// and the same key does the same kind of thing on every page.
import { useEffect, useRef } from 'react';
import { useNavigate } from '../lib/router';
import { paths, secretsPath } from '../lib/paths';

export const GO_TO: { key: string; label: string; to: string }[] = [
  { key: 'o', label: 'Overview', to: paths.overview },
  { key: 'm', label: 'Main tenant', to: secretsPath({ kind: 'main' }) },
  { key: 't', label: 'Tenant-wide', to: secretsPath({ kind: 'tenant-wide' }) },
  { key: 'p', label: 'Tenant map', to: paths.map },
  { key: 'r', label: 'Resource groups', to: paths.resourceGroups },
  { key: 'a', label: 'Activity', to: paths.activity },
];

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** The page's control that declares this key, inside the main area, when it can be used. */
function declared(key: string): HTMLElement | null {
  const el = document.querySelector<HTMLElement>(`main [aria-keyshortcuts~="${CSS.escape(key)}"]`);
  if (!el || el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled) return null;
  return el;
}

/**
 * Listens on the document; `onHelp` opens the help dialog, `onFind` the command palette (Ctrl+K or Cmd+K
 * anywhere, even in a field; "/" where no control declares it). Mounted once, in the shell.
 */
export function useShortcuts(onHelp: () => void, onFind: () => void) {
  const navigate = useNavigate();
  const pendingG = useRef<number | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        onFind();
        return;
      }
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      // While a dialog or drawer is open, its own keys win (Esc, Tab); the page's shortcuts stay quiet.
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      if (pendingG.current !== null) {
        window.clearTimeout(pendingG.current);
        pendingG.current = null;
        const target = GO_TO.find((g) => g.key === e.key);
        if (target) {
          e.preventDefault();
          void navigate(target.to);
        }
        return;
      }
      if (e.key === '?') {
        e.preventDefault();
        onHelp();
      } else if (e.key === 'g') {
        pendingG.current = window.setTimeout(() => (pendingG.current = null), 1500);
      } else if (e.key === '/' || e.key === 'n') {
        const el = declared(e.key);
        // "/" finds when no control (a filter, even a disabled one) claims the key.
        if (!el && e.key === '/' && !document.querySelector('[aria-keyshortcuts~="/"]')) {
          e.preventDefault();
          onFind();
        }
        if (!el) return;
        e.preventDefault();
        // Focus first, so that the dialog it opens hands focus back to it when it closes.
        el.focus();
        if (e.key === 'n') el.click();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate, onHelp, onFind]);
}
