import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { resourceGroupIdSchema } from '../../../contract';
import { useCreateResourceGroup } from '../../api/resource-group-mutations';
import { notifyError, notifySuccess } from '../../lib/notify';
import { ApiError } from '../../api/client';
import { GroupLabelsField } from './group-labels-field';
import { labelRowsSchema, toLabels } from './group-labels-model';

const schema = z.object({ resourceGroupId: resourceGroupIdSchema, labels: labelRowsSchema });
type Values = z.infer<typeof schema>;

export function CreateGroupModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { resourceGroupId: '', labels: [] },
    // Checked on submit, then as the user types (decision 0016): a check on blur would move what the next
    // click aims at, and the click is lost.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const create = useCreateResourceGroup();
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.handleSubmit((values) =>
    create.mutate(
      { resourceGroupId: values.resourceGroupId, labels: toLabels(values.labels) },
      {
        onSuccess: () => {
          notifySuccess(`Resource group ${values.resourceGroupId} is being provisioned`);
          close();
        },
        onError: (error) => {
          if (error instanceof ApiError && (error.code === 'AlreadyExists' || error.code === 'InvalidName'))
            form.setError('resourceGroupId', { message: error.message });
          else notifyError('The resource group was not created', error);
        },
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={close} title="New resource group" centered size="lg">
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label="Resource group id"
              description="3 to 253 characters: letters, digits, '-' and '.', starting and ending with a letter or digit."
              data-autofocus
              autoComplete="off"
              {...form.register('resourceGroupId')}
              error={form.formState.errors.resourceGroupId?.message}
            />
            <GroupLabelsField />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Modal>
  );
}
