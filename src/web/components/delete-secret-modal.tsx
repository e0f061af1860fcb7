import { Code, Text } from '@mantine/core';
import { scopeLabel, type Scope } from '../../contract';
import { useDeleteSecret } from '../api/secret-mutations';
import { form, plural } from '../lib/format';
import { notifyError, notifySuccess } from '../lib/notify';
import { ConfirmDeleteModal } from './confirm-delete-modal';

type Props = { scope: Scope; name: string; groupCount: number; onClose: () => void; onDeleted?: () => void };

/** Names the secret and its scope; a tenant-wide one must be typed, and the groups that lose a copy are counted. */
export function DeleteSecretModal({ scope, name, groupCount, onClose, onDeleted }: Props) {
  const del = useDeleteSecret();
  const tenantWide = scope.kind === 'tenant-wide';
  return (
    <ConfirmDeleteModal
      title={`Delete ${name}?`}
      typeToConfirm={tenantWide ? name : undefined}
      pending={del.isPending}
      onClose={onClose}
      onConfirm={() =>
        del.mutate(
          { scope, name },
          {
            onSuccess: () => {
              notifySuccess(`Deleted ${name} from ${scopeLabel(scope).toLowerCase()}`);
              onClose();
              onDeleted?.();
            },
            onError: (error) => notifyError(`The secret ${name} was not deleted`, error),
          },
        )
      }
    >
      <Text size="sm">
        This deletes <Code>{name}</Code> from <b>{scopeLabel(scope)}</b>. Workloads that mount it lose it. This cannot be undone.
      </Text>
      {tenantWide && (
        <Text size="sm" c="red">
          It is tenant-wide: {plural(groupCount, 'resource group')} {form(groupCount, 'loses its', 'lose their')} copy.
        </Text>
      )}
    </ConfirmDeleteModal>
  );
}
