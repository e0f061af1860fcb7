// One keyboard scheme for the whole console. Page actions are found in the DOM by their aria-keyshortcuts
// attribute, so a page opts in by declaring the key on its control (which also tells assistive technology),
// and the same key does the same kind of thing on every page.
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { paths, secretsPath } from '../lib/paths';

export type Shortcut = { keys: string[]; does: string };

export const GO_TO: { key: string; label: string; to: string }[] = [
  { key: 'o', label: 'Overview', to: paths.overview },
  { key: 'm', label: 'Main tenant', to: secretsPath({ kind: 'main' }) },
  { key: 't', label: 'Tenant-wide', to: secretsPath({ kind: 'tenant-wide' }) },
  { key: 'p', label: 'Tenant map', to: paths.map },
  { key: 'r', label: 'Resource groups', to: paths.resourceGroups },
  { key: 'a', label: 'Activity', to: paths.activity },
];

export const SHORTCUTS: { group: string; items: Shortcut[] }[] = [
  {
    group: 'Anywhere',
    items: [
      { keys: ['?'], does: 'Show these keyboard shortcuts' },
      { keys: ['Ctrl+K'], does: 'Find a secret (by name or label, in every scope) or a resource group; / does it too where no filter is' },
      { keys: ['g', 'then a letter'], does: 'Go to a page (below)' },
      { keys: ['Esc'], does: 'Close the open dialog or drawer; focus returns to what opened it' },
    ],
  },
  {
    group: 'On a page',
    items: [
      { keys: ['/'], does: 'Jump to the filter' },
      { keys: ['n'], does: 'New: the page’s main action (secret or resource group)' },
      { keys: ['Tab'], does: 'Next control; Shift+Tab goes back' },
    ],
  },
  {
    group: 'In a secret form',
    items: [
      { keys: ['Ctrl+Enter'], does: 'Review, then create or save (Cmd+Enter on a Mac); Enter alone starts a new line in a value' },
      { keys: ['Esc'], does: 'Close the form (it asks first when something was typed)' },
    ],
  },
  { group: 'Go to', items: GO_TO.map((g) => ({ keys: ['g', g.key], does: g.label })) },
];

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** The page's control that declares this key, inside the main area, when it can be used. */
function declared(key: string): HTMLElement | null {
  const el = document.querySelector<HTMLElement>(`main [aria-keyshortcuts~="${CSS.escape(key)}"]`);
  if (!el || el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled) return null;
  return el;
}

/** Listens on the document; `onHelp` opens the help dialog. Mounted once, in the shell. */
export function useShortcuts(onHelp: () => void) {
  const navigate = useNavigate();
  const pendingG = useRef<number | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
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
        if (!el) return;
        e.preventDefault();
        // Focus first, so that the dialog it opens hands focus back to it when it closes.
        el.focus();
        if (e.key === 'n') el.click();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate, onHelp]);
}
