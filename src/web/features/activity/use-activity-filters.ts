// The activity page's filters and page live in the URL, so a filtered view can be shared as a link.
import { useSearchParams } from '../../lib/router';
import { AUDIT_ACTIONS, type AuditAction, type AuditFilters } from '../../api/audit';

export const PAGE_SIZE = 50;
const SCOPES = ['main', 'tenant-wide', 'group'] as const;
const FIELDS = ['user', 'secret', 'scope', 'resourceGroup', 'action', 'from', 'to'] as const;

export function useActivityFilters() {
  const [params, setParams] = useSearchParams();
  const scope = params.get('scope');
  const action = params.get('action');
  const filters: AuditFilters = {
    user: params.get('user') ?? undefined,
    secret: params.get('secret') ?? undefined,
    scope: SCOPES.find((s) => s === scope),
    resourceGroup: params.get('resourceGroup') ?? undefined,
    action: action && action in AUDIT_ACTIONS ? (action as AuditAction) : undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);

  /** Changing a filter goes back to the first page. */
  const setFilter = (field: (typeof FIELDS)[number], value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(field, value);
        else next.delete(field);
        if (field === 'scope' && value !== 'group') next.delete('resourceGroup');
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  const setPage = (n: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (n > 1) next.set('page', String(n));
      else next.delete('page');
      return next;
    });
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  const active = FIELDS.some((f) => params.has(f));
  return { filters, page, setFilter, setPage, clear, active };
}
