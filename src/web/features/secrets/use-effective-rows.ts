// A group's effective secrets, filtered, sorted and paged here: one query for the group's list and one for
// the tenant-wide list (never one per secret).
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { secretQueries } from '../../api/secrets';
import { effectiveRows, rowSecret, type EffectiveRow } from './effective-model';
import { matchesLabel, type ListView } from './use-list-view';

export function useEffectiveRows(group: string, view: ListView, enabled: boolean) {
  const own = useQuery({ ...secretQueries.everything({ kind: 'group', resourceGroup: group }), enabled });
  const tw = useQuery({ ...secretQueries.everything({ kind: 'tenant-wide' }), enabled });
  const all = useMemo(() => (own.data && tw.data ? effectiveRows(group, own.data, tw.data) : null), [group, own.data, tw.data]);
  const filtered = useMemo(() => {
    if (!all) return null;
    const q = view.q.trim().toLowerCase();
    const rows = all.filter((r) => (!q || r.name.includes(q)) && matchesLabel(rowSecret(r), view.label));
    const factor = view.dir === 'asc' ? 1 : -1;
    if (view.sort === 'created')
      rows.sort(
        (a, b) => factor * ((rowSecret(a).createdAt ?? '').localeCompare(rowSecret(b).createdAt ?? '') || a.name.localeCompare(b.name)),
      );
    else if (view.dir === 'desc') rows.reverse();
    return rows;
  }, [all, view.q, view.label, view.sort, view.dir]);
  const start = (view.page - 1) * view.size;
  const error = own.error ?? tw.error;
  return {
    query: {
      isError: error !== null,
      error,
      isSuccess: all !== null,
      isPending: own.isPending || tw.isPending,
      isPlaceholderData: false,
      refetch: () => Promise.all([own.refetch(), tw.refetch()]),
    },
    rows: (filtered?.slice(start, start + view.size) ?? []) as EffectiveRow[],
    total: filtered?.length ?? 0,
    scopeTotal: all?.length ?? 0,
    filtered: Boolean(view.q || view.label),
    ownCount: own.data?.length ?? 0,
  };
}
