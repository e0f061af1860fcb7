// The list's view state lives in the URL (page, filter, sort), so a link reopens the same view and the back
// button works. Without a filter or custom sort, pages come from the API ($top/$skip/$count); with one, the
// whole scope is fetched once and filtered here.
import { useQuery } from '@tanstack/react-query';
import { useDebouncedCallback } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from '../../lib/router';
import type { Scope, SecretDetails } from '../../../contract';
import { secretQueries } from '../../api/secrets';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
const pageSize = (raw: string | null): PageSize => PAGE_SIZES.find((n) => String(n) === raw) ?? 25;

export type SortKey = 'name' | 'created';
export type ListView = {
  page: number;
  size: PageSize;
  q: string;
  label: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
  /** A group's page: its own secrets only, instead of what its workloads get (own and tenant-wide). */
  own: boolean;
};

export function useScopeParam(): Scope | null {
  const { kind, group } = useParams();
  if (group) return { kind: 'group', resourceGroup: group };
  if (kind === 'main' || kind === 'tenant-wide') return { kind };
  return null;
}

export function useListView() {
  const [params, setParams] = useSearchParams();
  const view: ListView = {
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
    size: pageSize(params.get('size')),
    own: params.get('own') === '1',
    q: params.get('q') ?? '',
    label: params.get('label') ?? '',
    sort: params.get('sort') === 'created' ? 'created' : 'name',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
  const update = (next: Partial<ListView>, options: { replace?: boolean } = {}) => {
    const merged = { ...view, ...next };
    const out = new URLSearchParams();
    if (merged.page > 1) out.set('page', String(merged.page));
    if (merged.size !== 25) out.set('size', String(merged.size));
    if (merged.own) out.set('own', '1');
    if (merged.q) out.set('q', merged.q);
    if (merged.label) out.set('label', merged.label);
    if (merged.sort !== 'name') out.set('sort', merged.sort);
    if (merged.dir !== 'asc') out.set('dir', merged.dir);
    setParams(out, { replace: options.replace });
  };
  return [view, update] as const;
}

type Filters = { q: string; label: string };

/**
 * The filter inputs: typed into local state (so fast typing never loses a character to the router's
 * asynchronous URL updates) and written to the URL 200 ms after the last keystroke. Rows follow the
 * local value at once. A URL changed from outside (back button, a link) is adopted.
 */
export function useFilterInputs(view: ListView, setView: ReturnType<typeof useListView>[1]) {
  const fromUrl = { q: view.q, label: view.label };
  const [filters, setFilters] = useState<Filters>(fromUrl);
  const [urlSeen, setUrlSeen] = useState<Filters>(fromUrl);
  const [committed, setCommitted] = useState<Filters>(fromUrl);
  if (urlSeen.q !== view.q || urlSeen.label !== view.label) {
    setUrlSeen(fromUrl);
    if (view.q !== committed.q || view.label !== committed.label) {
      setFilters(fromUrl);
      setCommitted(fromUrl);
    }
  }
  const commit = useDebouncedCallback((next: Filters) => {
    setCommitted(next);
    setView({ ...next, page: 1 }, { replace: true });
  }, 200);
  const change = (next: Partial<Filters>) => {
    const merged = { ...filters, ...next };
    setFilters(merged);
    commit(merged);
  };
  const pending = filters.q !== view.q || filters.label !== view.label;
  // While a change waits for the URL, show its first page.
  const effective: ListView = { ...view, ...filters, page: pending ? 1 : view.page };
  return { filters, change, effective };
}

export function matchesLabel(secret: SecretDetails, filter: string): boolean {
  const f = filter.trim().toLowerCase();
  if (!f) return true;
  const eq = f.indexOf('=');
  return secret.labels.some((l) => {
    const key = l.key.toLowerCase();
    const value = l.value.toLowerCase();
    if (eq < 0) return key.includes(f) || value.includes(f);
    const fk = f.slice(0, eq);
    return (key === fk || key.endsWith(`/${fk}`)) && value === f.slice(eq + 1);
  });
}

export function useSecretRows(scope: Scope, view: ListView, enabled = true) {
  const clientSide = Boolean(view.q || view.label || view.sort !== 'name' || view.dir !== 'asc');
  const paged = useQuery({
    ...secretQueries.page(scope, { top: view.size, skip: (view.page - 1) * view.size }),
    enabled: enabled && !clientSide,
  });
  const all = useQuery({ ...secretQueries.everything(scope), enabled: enabled && clientSide });

  const filtered = useMemo(() => {
    if (!clientSide || !all.data) return null;
    const q = view.q.trim().toLowerCase();
    const rows = all.data.filter((s) => (!q || s.name.includes(q)) && matchesLabel(s, view.label));
    const factor = view.dir === 'asc' ? 1 : -1;
    rows.sort((a, b) =>
      view.sort === 'created'
        ? factor * ((a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.name.localeCompare(b.name))
        : factor * a.name.localeCompare(b.name),
    );
    return rows;
  }, [clientSide, all.data, view.q, view.label, view.sort, view.dir]);

  if (clientSide) {
    const start = (view.page - 1) * view.size;
    return {
      query: all,
      rows: filtered?.slice(start, start + view.size) ?? [],
      total: filtered?.length ?? 0,
      scopeTotal: all.data?.length ?? 0,
      filtered: true,
    };
  }
  return {
    query: paged,
    rows: paged.data?.resources ?? [],
    total: paged.data?.count ?? 0,
    scopeTotal: paged.data?.count ?? 0,
    filtered: false,
  };
}
