import type { Scope } from '../../../contract';

// Words for the admin: no request-header template such as "AI-Resource-Group: <id>" (issue #11).
export const SCOPE_HELP: Record<Scope['kind'], (scope: Scope) => string> = {
  main: () => 'Secrets of the main tenant, for the tenant itself.',
  'tenant-wide': () => 'Tenant-wide secrets are replicated by the service into every resource group.',
  group: (scope) =>
    `What deployments in resource group ${scope.kind === 'group' ? scope.resourceGroup : ''} get: its own secrets and the tenant-wide ones replicated into it.`,
};
