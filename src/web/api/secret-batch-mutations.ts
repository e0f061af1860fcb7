// Writes to many scopes at once: the same group secret into several groups (fan-out), and deleting many
// secrets together. Each hook owns the invalidation; progress goes to the caller as outcomes land.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Label, Scope } from '../../contract';
import { forgetKeyNames, noteWrittenKeys } from '../lib/key-names';
import { runEach, type Outcome } from '../lib/run-each';
import { onThisConnection } from './secret-mutations';
import { createSecret, deleteSecret, secretQueries } from './secrets';

/** A few at once: fast enough for 50 groups, gentle on the service's rate limits. */
const IN_FLIGHT = 4;

export type FanOutInput = {
  name: string;
  data: Record<string, string>;
  labels: Label[];
  groups: string[];
  onOutcome?: (o: Outcome<string>) => void;
};

export function useFanOutCreate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ name, data, labels, groups, onOutcome }: FanOutInput) =>
      runEach(
        groups,
        IN_FLIGHT,
        async (group) => {
          const scope: Scope = { kind: 'group', resourceGroup: group };
          await createSecret({ scope, name, data, labels });
          noteWrittenKeys(onThisConnection({ scope, name }), Object.keys(data), 'created');
        },
        onOutcome,
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: secretQueries.all() }),
  });
}

export type DeleteTarget = { scope: Scope; name: string };

export function useBulkDelete() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ targets, onOutcome }: { targets: DeleteTarget[]; onOutcome?: (o: Outcome<DeleteTarget>) => void }) =>
      runEach(
        targets,
        IN_FLIGHT,
        async (t) => {
          await deleteSecret(t);
          forgetKeyNames(onThisConnection(t));
        },
        onOutcome,
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: secretQueries.all() }),
  });
}
