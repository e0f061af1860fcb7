// Rotate data and/or edit labels (PATCH). Values are write-only, new data replaces the whole map, and
// protected labels are shown locked with the reason. A diff comes before saving.
import { Alert, Button, Drawer, Group, Stack, Switch, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useBlocker, useNavigate } from '../../lib/router';
import { scopeLabel, type Scope, type SecretDetails } from '../../../contract';
import { usePatchSecret } from '../../api/secret-mutations';
import { notifyError, notifySuccess } from '../../lib/notify';
import { tenantWideSecretPath } from '../../lib/paths';
import { DataRowsField } from './data-rows-field';
import { editDefaults, editLabelsOnlySchema, editSchema, patchBody, patchLabels, type EditFormValues } from './edit-model';
import { EditLabelsField } from './edit-labels-field';
import { DiscardConfirm } from './discard-confirm';
import { EditReview } from './edit-review';
import { placeServerError } from './server-errors';
import { SUBMIT_SHORTCUT, useFormKeyboard } from './form-keys';
import { useReturnFocus } from '../../lib/use-return-focus';

const resolver: Resolver<EditFormValues> = (values, ctx, options) =>
  (values.replaceData ? zodResolver(editSchema) : zodResolver(editLabelsOnlySchema))(values as never, ctx, options as never) as never;

/** `fromLink`: opened by a link on another page ("Rotate or edit"), so no control here opened it. */
type Props = { scope: Scope; secret: SecretDetails; fromLink?: boolean; onClose: () => void };

/** Mounted only once the secret's details are there, so the form's defaults are never undefined. */
export function EditSecretDrawer({ scope, secret, fromLink = false, onClose }: Props) {
  // Checked on Review, then on every change (an error shown on blur moves the layout under the pointer).
  const form = useForm<EditFormValues>({
    resolver,
    defaultValues: editDefaults(secret.labels),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  // The secret list's button for this secret opens this drawer.
  // Mounted open and unmounted to close (it waits for the secret's details): focus goes back on a close only.
  const returnFocus = useReturnFocus({ fallbackLabel: `Edit ${secret.name}`, preferFallback: fromLink, onlyWhenClosed: true });
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const formKeys = useFormKeyboard(step);
  const [nestedDialog, setNestedDialog] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const patch = usePatchSecret();
  const navigate = useNavigate();
  const replaceData = useWatch({ control: form.control, name: 'replaceData' });
  const dirty = form.formState.isDirty;
  const [saved, setSaved] = useState(false);
  const blocker = useBlocker(dirty && !saved);
  // Leaving right after a save (to watch the replication) may be caught by the blocker before it sees the
  // save: let that navigation through.
  useEffect(() => {
    if (saved && blocker.state === 'blocked') blocker.proceed();
  }, [saved, blocker]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const finish = () => {
    form.reset(editDefaults(secret.labels));
    onClose();
    returnFocus();
  };
  // Escape, the close button and a click outside ask first once something was changed; Cancel is itself the
  // choice to discard (as in the create drawer).
  const requestClose = () => (dirty ? setConfirmDiscard(true) : finish());
  const asking = confirmDiscard || (blocker.state === 'blocked' && !saved);

  const submit = form.handleSubmit((values) => {
    const body = patchBody(values);
    if (!body.data && !body.labels) {
      form.setError('root', { message: 'Nothing to save: replace the data, or change, rename or remove a label first.' });
      return;
    }
    if (step === 'edit') return setStep('review');
    patch.mutate(
      { scope, name: secret.name, ...body },
      {
        onSuccess: () => {
          setSaved(true);
          notifySuccess(`${body.data ? 'Rotated' : 'Updated labels of'} ${secret.name}`);
          if (scope.kind === 'tenant-wide' && body.data) navigate(tenantWideSecretPath(secret.name));
          else finish();
        },
        onError: (error) => {
          setStep('edit');
          // A refusal names a label by its place in the PATCH body or by its key; a rename sends two.
          const placed = placeServerError(error, form.setError, {
            labels: patchLabels(values).map(({ label, row }) => ({
              key: label.key,
              field: (part) => (part === 'key' ? `labels.${row}.name` : `labels.${row}.value`),
            })),
            data: values.replaceData ? values.rows.map((r, i) => ({ key: r.key, field: (part) => `rows.${i}.${part}` })) : [],
          });
          if (!placed) notifyError('Nothing was changed', error);
        },
      },
    );
  });

  return (
    <Drawer
      opened
      onClose={requestClose}
      closeOnEscape={!nestedDialog && !asking}
      position="right"
      size="xl"
      title={`Edit ${secret.name}: ${scopeLabel(scope)}`}
    >
      <FormProvider {...form}>
        <form onSubmit={submit} ref={formKeys} noValidate aria-label={`Edit ${secret.name}`}>
          {step === 'edit' ? (
            <Stack>
              <Alert icon={<IconInfoCircle aria-hidden />} variant="light">
                Secret values are write-only: the console cannot show the current ones. New data <b>replaces the whole data map</b>: every
                key you do not enter again is gone.
              </Alert>
              <Switch label="Replace the data (rotate)" {...form.register('replaceData')} checked={replaceData} />
              {replaceData && <DataRowsField onDialogChange={setNestedDialog} />}
              <EditLabelsField locked={secret.labels} />
              {form.formState.errors.root?.message && (
                <Text c="var(--mantine-color-error)" size="sm" role="alert">
                  {form.formState.errors.root.message}
                </Text>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={finish}>
                  Cancel
                </Button>
                <Button type="submit" aria-keyshortcuts={SUBMIT_SHORTCUT}>
                  Review changes
                </Button>
              </Group>
            </Stack>
          ) : (
            <Stack data-step-focus tabIndex={-1}>
              <EditReview values={form.getValues()} scope={scope} />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setStep('edit')} disabled={patch.isPending}>
                  Back
                </Button>
                <Button type="submit" loading={patch.isPending} aria-keyshortcuts={SUBMIT_SHORTCUT}>
                  Save changes
                </Button>
              </Group>
            </Stack>
          )}
        </form>
      </FormProvider>
      {asking && (
        <DiscardConfirm
          onDiscard={() => {
            setConfirmDiscard(false);
            if (blocker.state === 'blocked') blocker.proceed();
            finish();
          }}
          onKeep={() => {
            setConfirmDiscard(false);
            if (blocker.state === 'blocked') blocker.reset();
          }}
        />
      )}
    </Drawer>
  );
}
