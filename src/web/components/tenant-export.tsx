// Export the whole tenant's metadata from the summary the page already holds: no further request.
import type { TenantSummary } from '../api/summary';
import { ExportMenu } from './export-menu';

export function TenantExport({ summary }: { summary: TenantSummary }) {
  return (
    <ExportMenu
      label="Export the tenant"
      filename="secrets-tenant"
      rows={async () =>
        (await import('../lib/export-metadata')).exportRows({ main: summary.main, tenantWide: summary.tenantWide, groups: summary.groups })
      }
    />
  );
}
