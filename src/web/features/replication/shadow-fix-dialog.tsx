// The one-step fix for a shadowing cell of the tenant map: the dialog names the secret and the group, so it
// is the confirmation too. Its own chunk: the map draws without the dialog's code, which loads on the first
// select (or once the first screen has settled).
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDeleteSecret } from '../../api/secret-mutations';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useReturnFocus } from '../../lib/use-return-focus';
import { useWriteAccess, writeActionProps } from '../../lib/use-write-access';

type Props = { selected: { name: string; group: string }; onClose: () => void };

export function ShadowFixDialog({ selected, onClose }: Props) {
  const del = useDeleteSecret();
  const writes = useWriteAccess();
  // Mounted to open and unmounted to close: focus goes back to the cell (decision 0060).
  useReturnFocus();
  return (
    <Modal opened onClose={onClose} title={`${selected.name} in ${selected.group}`} centered>
      <Stack>
        <Text size="sm">
          The group <b>{selected.group}</b> has its own secret named <b>{selected.name}</b>, which replaces the tenant-wide copy there.
          Deployments in this group, and critical consumers such as metering, read the group&apos;s value instead of the tenant-wide one.
        </Text>
        <Text size="sm">
          Ways out: delete the group&apos;s secret now (the tenant-wide copy is written again within seconds), or wait for the
          service&apos;s periodic re-sync, which overwrites it.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Wait for the re-sync
          </Button>
          <Button
            color="orange"
            loading={del.isPending}
            {...writeActionProps(writes)}
            onClick={() =>
              del.mutate(
                { scope: { kind: 'group', resourceGroup: selected.group }, name: selected.name },
                {
                  onSuccess: () => {
                    notifySuccess(`Deleted ${selected.name} from ${selected.group}: the tenant-wide copy is written again`);
                    onClose();
                  },
                  onError: (error) => notifyError(`The secret ${selected.name} was not deleted`, error),
                },
              )
            }
          >
            Delete the group&apos;s secret
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
