// Delete one name from every resource group that has it: the groups come from the tenant summary (one
// request), and the one confirmation lists them all.
import { Code, Loader, Modal, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { DeleteTarget } from '../../api/secret-batch-mutations';
import { summaryQueries } from '../../api/summary';
import { BatchDeleteModal } from '../../components/batch-delete-modal';
import { form, plural } from '../../lib/format';
import { useReturnFocus } from '../../lib/use-return-focus';

export function DeleteEverywhereModal({ name, onClose, onDone }: { name: string; onClose: () => void; onDone: () => void }) {
  const summary = useQuery(summaryQueries.tenant());
  // Mounted to open and unmounted to close, through a loading step: focus goes back to the opener either way.
  useReturnFocus();
  if (!summary.isSuccess)
    return (
      <Modal opened onClose={onClose} title={`Delete ${name} from every group?`} centered>
        {summary.isError ? (
          <Text c="red">Could not find the groups: {summary.error.message}</Text>
        ) : (
          <Loader size="sm" aria-label="Finding the groups" />
        )}
      </Modal>
    );
  const targets: DeleteTarget[] = Object.entries(summary.data.groups)
    .filter(([, secrets]) => secrets.some((s) => s.name === name))
    .map(([group]): DeleteTarget => ({ scope: { kind: 'group', resourceGroup: group }, name }))
    .sort((a, b) => describe(a).localeCompare(describe(b)));
  return (
    <BatchDeleteModal
      title={`Delete ${name} from every group?`}
      targets={targets}
      describe={describe}
      onClose={onClose}
      onDone={onDone}
      intro={
        <Text size="sm">
          {plural(targets.length, 'resource group')} {form(targets.length, 'has', 'have')} a secret named <Code>{name}</Code>; each loses
          it. Tenant-wide and main-tenant secrets of that name stay. This cannot be undone.
        </Text>
      }
    />
  );
}

const describe = (t: DeleteTarget) => (t.scope.kind === 'group' ? t.scope.resourceGroup : t.name);
