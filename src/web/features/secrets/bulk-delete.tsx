// Deleting the selected secrets of one scope together: one confirmation that lists them all.
import { Text } from '@mantine/core';
import { scopeLabel, type Scope } from '../../../contract';
import { BatchDeleteModal } from '../../components/batch-delete-modal';
import { plural } from '../../lib/format';

type Props = { scope: Scope; names: string[]; groupCount: number; onClose: () => void; onDone: () => void };

export function BulkDelete({ scope, names, groupCount, onClose, onDone }: Props) {
  const tenantWide = scope.kind === 'tenant-wide';
  return (
    <BatchDeleteModal
      title={`Delete ${plural(names.length, 'secret')}?`}
      targets={names.map((name) => ({ scope, name }))}
      typeToConfirm={tenantWide ? `delete ${names.length}` : undefined}
      onClose={onClose}
      onDone={onDone}
      intro={
        <Text size="sm">
          These {plural(names.length, 'secret')} go from <b>{scopeLabel(scope)}</b>; workloads that mount them lose them. This cannot be
          undone.
          {tenantWide && ` Each is tenant-wide: ${plural(groupCount, 'resource group')} lose their copies.`}
        </Text>
      }
    />
  );
}
