import { Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useDeleteResourceGroup } from '../../api/resource-group-mutations';
import { notifyError, notifySuccess } from '../../lib/notify';

/** Deleting a group takes its secrets and its copies of tenant-wide secrets with it: the id must be typed. */
export function DeleteGroupModal({ id, onClose }: { id: string; onClose: () => void }) {
  const del = useDeleteResourceGroup();
  const [typed, setTyped] = useState('');
  return (
    <Modal opened onClose={onClose} title={`Delete resource group ${id}?`} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (typed !== id) return;
          del.mutate(id, {
            onSuccess: () => {
              notifySuccess(`Resource group ${id} is being deleted`);
              onClose();
            },
            onError: (error) => notifyError(`${id} was not deleted`, error),
          });
        }}
      >
        <Stack>
          <Text size="sm">
            Deployments in <Code>{id}</Code> lose every secret of the group and its copies of the tenant-wide secrets. This cannot be
            undone.
          </Text>
          <TextInput
            label={`Type ${id} to confirm`}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={typed !== id} loading={del.isPending}>
              Delete
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
