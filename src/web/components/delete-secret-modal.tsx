import { Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { scopeLabel, type Scope } from '../../contract';
import { useDeleteSecret } from '../api/secret-mutations';
import { plural } from '../lib/format';
import { notifyError, notifySuccess } from '../lib/notify';

type Props = { scope: Scope; name: string; groupCount: number; onClose: () => void; onDeleted?: () => void };

/** Names the secret and its scope; a tenant-wide one must be typed, and the groups that lose a copy are counted. */
export function DeleteSecretModal({ scope, name, groupCount, onClose, onDeleted }: Props) {
  const del = useDeleteSecret();
  const [typed, setTyped] = useState('');
  const mustType = scope.kind === 'tenant-wide';
  const ready = !mustType || typed === name;
  return (
    <Modal opened onClose={onClose} title={`Delete ${name}?`} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          del.mutate(
            { scope, name },
            {
              onSuccess: () => {
                notifySuccess(`Deleted ${name} from ${scopeLabel(scope).toLowerCase()}`);
                onClose();
                onDeleted?.();
              },
              onError: (error) => notifyError(`${name} was not deleted`, error),
            },
          );
        }}
      >
        <Stack>
          <Text size="sm">
            This deletes <Code>{name}</Code> from <b>{scopeLabel(scope)}</b>. Workloads that mount it lose it. This cannot be undone.
          </Text>
          {mustType && (
            <>
              <Text size="sm" c="red">
                It is tenant-wide: {plural(groupCount, 'resource group')} lose their copy.
              </Text>
              <TextInput
                label={`Type ${name} to confirm`}
                value={typed}
                onChange={(e) => setTyped(e.currentTarget.value)}
                autoComplete="off"
                data-autofocus
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus={!mustType || undefined}>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={!ready} loading={del.isPending}>
              Delete
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
