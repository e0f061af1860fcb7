import { Code, Text } from '@mantine/core';
import { useDeleteResourceGroup } from '../../api/resource-group-mutations';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal';
import { notifyError, notifySuccess } from '../../lib/notify';

/** Deleting a group takes its secrets and its copies of tenant-wide secrets with it: the id must be typed. */
export function DeleteGroupModal({ id, onClose }: { id: string; onClose: () => void }) {
  const del = useDeleteResourceGroup();
  return (
    <ConfirmDeleteModal
      title={`Delete resource group ${id}?`}
      typeToConfirm={id}
      pending={del.isPending}
      onClose={onClose}
      onConfirm={() =>
        del.mutate(id, {
          onSuccess: () => {
            notifySuccess(`Deletion of ${id} is scheduled: it shows as being deleted until the service has removed it`);
            onClose();
          },
          onError: (error) => notifyError(`The resource group ${id} was not deleted`, error),
        })
      }
    >
      <Text size="sm">
        Deployments in <Code>{id}</Code> lose every secret of the group and its copies of the tenant-wide secrets. This cannot be undone.
        The service deletes the group a little later: until then it shows as being deleted and takes no new secrets.
      </Text>
    </ConfirmDeleteModal>
  );
}
