// Export the metadata of the scope on screen: one list query (two for a group, to mark shadowing).
import { useQueryClient } from '@tanstack/react-query';
import type { Scope } from '../../../contract';
import { secretQueries } from '../../api/secrets';
import { ExportMenu } from '../../components/export-menu';
import { exportRows } from '../../lib/export-metadata';

export function ScopeExport({ scope }: { scope: Scope }) {
  const qc = useQueryClient();
  const filename = scope.kind === 'group' ? `secrets-group-${scope.resourceGroup}` : `secrets-${scope.kind}`;
  const rows = async () => {
    const secrets = await qc.fetchQuery(secretQueries.everything(scope));
    if (scope.kind === 'main') return exportRows({ main: secrets });
    if (scope.kind === 'tenant-wide') return exportRows({ tenantWide: secrets });
    const tw = await qc.fetchQuery(secretQueries.everything({ kind: 'tenant-wide' }));
    return exportRows({ groups: { [scope.resourceGroup]: secrets }, tenantWideNames: new Set(tw.map((s) => s.name)) });
  };
  return <ExportMenu filename={filename} rows={rows} />;
}
