// Deleting the selected secrets of one scope together: one confirmation that lists them all.
import { Text } from '@mantine/core';
import { scopeLabel, type Scope } from '../../../contract';
import { BatchDeleteModal } from '../../components/batch-delete-modal';
import { form, plural } from '../../lib/format';

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
          {form(names.length, 'This', 'These')} {plural(names.length, 'secret')} {form(names.length, 'goes', 'go')} from{' '}
          <b>{scopeLabel(scope)}</b>; workloads that mount {form(names.length, 'it lose it', 'them lose them')}. This cannot be undone.
          {tenantWide &&
            ` ${form(names.length, 'It', 'Each')} is tenant-wide: ${plural(groupCount, 'resource group')} ${form(groupCount, 'loses', 'lose')} ${form(names.length, 'its copy', 'their copies')}.`}
        </Text>
      }
    />
  );
}
