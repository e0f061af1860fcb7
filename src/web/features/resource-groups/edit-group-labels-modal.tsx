// Editing a group's labels: edit, then review the difference, then save. The service's PATCH replaces the
// whole label set, so the form holds every label the group keeps and the review shows what goes.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { FormProvider, useForm, useFormContext } from 'react-hook-form';
import { z } from 'zod';
import type { Label, ResourceGroup } from '../../../contract';
import { resourceGroupQueries } from '../../api/resource-groups';
import { useReplaceResourceGroupLabels } from '../../api/resource-group-mutations';
import { notifyError, notifySuccess } from '../../lib/notify';
import { GroupLabelsField } from './group-labels-field';
import { diffLabels, hasChanges, labelRowsSchema, toLabels, toRows } from './group-labels-model';
import { LabelsDiff } from './labels-diff';

const schema = z.object({ labels: labelRowsSchema });
type Values = z.infer<typeof schema>;

export function EditGroupLabelsModal({ group, onClose }: { group: ResourceGroup; onClose: () => void }) {
  const id = group.resourceGroupId;
  const qc = useQueryClient();
  // The labels the form started from; the review compares with what the service holds at that moment.
  const [base, setBase] = useState<Label[]>(group.labels);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { labels: toRows(group.labels) },
    // Checked on submit, then as the user types (decision 0016): a check on blur would move what the next
    // click aims at, and the click is lost.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [review, setReview] = useState<{ values: Values; current: Label[] } | null>(null);
  const [checking, setChecking] = useState(false);
  const replace = useReplaceResourceGroupLabels();
  const diff = review ? diffLabels(review.current, toLabels(review.values.labels)) : null;
  const changedMeanwhile = review ? hasChanges(diffLabels(base, review.current)) : false;

  const startReview = form.handleSubmit(async (values) => {
    setChecking(true);
    try {
      const fresh = await qc.fetchQuery({ ...resourceGroupQueries.detail(id), staleTime: 0 });
      setReview({ values, current: fresh.labels });
    } catch (error) {
      notifyError(`The current labels of ${id} could not be read`, error);
    } finally {
      setChecking(false);
    }
  });

  const startAgain = () => {
    if (!review) return;
    setBase(review.current);
    form.reset({ labels: toRows(review.current) });
    setReview(null);
  };

  const save = () =>
    review &&
    replace.mutate(
      { id, labels: toLabels(review.values.labels) },
      {
        onSuccess: () => {
          notifySuccess(`Labels of ${id} saved`);
          onClose();
        },
        onError: (error) => notifyError(`The labels of ${id} were not saved`, error),
      },
    );

  return (
    <Modal opened onClose={onClose} title={`Labels of ${id}`} centered size="lg">
      <Stack>
        <Alert color="blue" icon={<IconInfoCircle size={18} aria-hidden />}>
          Saving replaces the group&apos;s whole label set: a label you remove here is removed from the group.
        </Alert>
        {review && diff ? (
          <>
            {changedMeanwhile && (
              <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} title="The labels changed since you opened this">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">Someone else changed this group&apos;s labels. Saving now replaces their change too:</Text>
                  <LabelsDiff diff={diffLabels(base, review.current)} label="Changes made meanwhile" />
                  <Button size="xs" variant="light" color="orange" onClick={startAgain}>
                    Start again from the current labels
                  </Button>
                </Stack>
              </Alert>
            )}
            <Text fw={600}>Review the changes</Text>
            {hasChanges(diff) ? (
              <LabelsDiff diff={diff} />
            ) : (
              <Text size="sm" c="dimmed">
                The group already has exactly these labels: nothing to save.
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setReview(null)}>
                Back
              </Button>
              <Button onClick={save} loading={replace.isPending} disabled={!hasChanges(diff)}>
                Save labels
              </Button>
            </Group>
          </>
        ) : (
          <FormProvider {...form}>
            <form onSubmit={startReview} noValidate>
              <Stack>
                <GroupLabelsField />
                <Group justify="flex-end">
                  <Button variant="default" onClick={onClose}>
                    Cancel
                  </Button>
                  <ReviewButton base={base} loading={checking} />
                </Group>
              </Stack>
            </form>
          </FormProvider>
        )}
      </Stack>
    </Modal>
  );
}

/** "Review changes", shown disabled with the reason while the labels are as they were. */
function ReviewButton({ base, loading }: { base: Label[]; loading: boolean }) {
  const form = useFormContext();
  const rows = form.watch('labels') as Values['labels'];
  const changed = hasChanges(diffLabels(base, toLabels(rows)));
  return (
    <Button type="submit" disabled={!changed} loading={loading} title={changed ? undefined : 'No changes to save yet'}>
      Review changes
    </Button>
  );
}
