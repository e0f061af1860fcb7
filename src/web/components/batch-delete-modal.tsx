// One confirmation for many deletions: it lists every secret that goes, then shows each one's outcome,
// and a retry for the ones that failed. Used by the list's bulk delete and "delete from every group".
import { Alert, Button, Code, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { scopeLabel } from '../../contract';
import { ApiError } from '../api/client';
import { useBulkDelete, type DeleteTarget } from '../api/secret-batch-mutations';
import { plural } from '../lib/format';
import { notifySuccess } from '../lib/notify';
import { useReturnFocus } from '../lib/use-return-focus';
import { TypeToConfirmForm } from './type-to-confirm-form';

type Result = { target: DeleteTarget; ok: boolean; message?: string };

type Props = {
  title: string;
  intro: ReactNode;
  targets: DeleteTarget[];
  /** How a target reads in the lists: its name, or its group when every target has the same name. */
  describe?: (t: DeleteTarget) => string;
  typeToConfirm?: string;
  onClose: () => void;
  onDone: () => void;
};

const same = (a: DeleteTarget, b: DeleteTarget) => a.name === b.name && scopeLabel(a.scope) === scopeLabel(b.scope);

export function BatchDeleteModal({ title, intro, targets, describe = (t) => t.name, typeToConfirm, onClose, onDone }: Props) {
  const del = useBulkDelete();
  useReturnFocus();
  const [results, setResults] = useState<Result[] | null>(null);
  const [running, setRunning] = useState<DeleteTarget[]>([]);
  const failed = results?.filter((r) => !r.ok) ?? [];

  const start = (list: DeleteTarget[]) => {
    setRunning(list);
    setResults((prev) => (prev ?? []).filter((r) => !list.some((t) => same(t, r.target))));
    del.mutate(
      {
        targets: list,
        onOutcome: (o) =>
          setResults((prev) => [
            ...(prev ?? []),
            o.ok
              ? { target: o.item, ok: true }
              : { target: o.item, ok: false, message: o.error instanceof ApiError ? o.error.message : String(o.error) },
          ]),
      },
      {
        onSuccess: (outcomes) => {
          if (outcomes.every((o) => o.ok)) {
            notifySuccess(`Deleted ${plural(targets.length, 'secret')}`);
            onDone();
          }
        },
      },
    );
  };
  const done = results?.filter((r) => running.some((t) => same(t, r.target))).length ?? 0;

  return (
    <Modal opened onClose={onClose} title={title} centered size="lg" closeOnClickOutside={!del.isPending}>
      {results === null ? (
        <TypeToConfirmForm
          typeToConfirm={typeToConfirm}
          confirmLabel={`Delete ${plural(targets.length, 'secret')}`}
          disabled={targets.length === 0}
          onConfirm={() => start(targets)}
          onCancel={onClose}
        >
          {intro}
          <List size="sm" aria-label="To be deleted" style={{ maxHeight: 260, overflowY: 'auto' }}>
            {targets.map((t) => (
              <List.Item key={`${scopeLabel(t.scope)}/${t.name}`}>
                <Code>{describe(t)}</Code>
              </List.Item>
            ))}
          </List>
        </TypeToConfirmForm>
      ) : (
        <Stack>
          <Progress value={(done / Math.max(1, running.length)) * 100} aria-label="Deletion progress" />
          <Text size="sm" role="status" aria-live="polite">
            {del.isPending
              ? `Deleting… ${done} of ${running.length}`
              : failed.length
                ? `${plural(failed.length, 'deletion')} failed`
                : 'All deleted'}
          </Text>
          <List size="sm" style={{ maxHeight: 260, overflowY: 'auto' }}>
            {results.map((r) => (
              <List.Item key={`${scopeLabel(r.target.scope)}/${r.target.name}`}>
                <Code>{describe(r.target)}</Code>: {r.ok ? 'deleted' : `not deleted (${r.message})`}
              </List.Item>
            ))}
          </List>
          {!del.isPending && failed.length > 0 && (
            <Alert color="red" title={`${plural(failed.length, 'secret')} not deleted`}>
              <Button size="xs" onClick={() => start(failed.map((f) => f.target))}>
                Retry the failed ones
              </Button>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={failed.length ? onClose : onDone} disabled={del.isPending}>
              Close
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
