// Create a secret: the form, then a review of exactly what will be sent, then the request.
import { Alert, Button, Checkbox, Drawer, Group, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from '../../lib/router';
import { checkSecretName, hurtsEnvFrom, scopeLabel, type Scope } from '../../../contract';
import { useCreateSecret } from '../../api/secret-mutations';
import { tenantWideSecretPath } from '../../lib/paths';
import { notifyError, notifySuccess } from '../../lib/notify';
import { DataRowsField } from './data-rows-field';
import { DiscardConfirm } from './discard-confirm';
import { createFormDefaults, createFormSchema, labelRowsToLabels, rowsToData, type CreateFormValues } from './form-model';
import { LabelsField } from './labels-field';
import { ReviewCreate } from './review-create';
import { placeServerError } from './server-errors';
import { SUBMIT_SHORTCUT, useFormKeyboard } from './form-keys';

type Props = { scope: Scope; opened: boolean; onClose: () => void; tenantWideNames: string[]; groupCount: number };

const NAME_RULE = 'Lowercase letters, digits, "-" and "."; at most 252 characters.';

/** The rule stays in view while the name breaks it, exactly when it is needed. */
function NameHints({ name }: { name: string }) {
  if (!name || checkSecretName(name)) return <>{NAME_RULE}</>;
  if (hurtsEnvFrom(name)) return <>Fine for the API, but &quot;-&quot; or &quot;.&quot; keep it from being used with envFrom.</>;
  return <>Looks good.</>;
}

export function CreateSecretDrawer({ scope, opened, onClose, tenantWideNames, groupCount }: Props) {
  const form = useForm<CreateFormValues>({
    resolver: zodResolver(createFormSchema),
    defaultValues: createFormDefaults(),
    // Checked on Review, then on every change: an error shown on blur moved the layout under the pointer
    // and swallowed the click that caused the blur.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const formKeys = useFormKeyboard(step, opened);
  const [nestedDialog, setNestedDialog] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const create = useCreateSecret();
  const navigate = useNavigate();
  const name = useWatch({ control: form.control, name: 'name' });
  const consent = useWatch({ control: form.control, name: 'consentShadow' });
  const shadows = scope.kind === 'group' && tenantWideNames.includes(name);
  // Read while rendering, so that react-hook-form keeps it up to date.
  const dirty = form.formState.isDirty;

  const close = () => {
    // Values leave the form's state: nothing typed survives closing.
    form.reset(createFormDefaults());
    setStep('edit');
    setConfirmDiscard(false);
    create.reset();
    onClose();
  };
  // Escape, the close button and a click outside ask first once something was typed; Cancel is itself the
  // choice to discard.
  const requestClose = () => (dirty ? setConfirmDiscard(true) : close());

  const submit = form.handleSubmit((values) => {
    if (shadows && !values.consentShadow) {
      form.setError('consentShadow', { message: 'Confirm that you want to shadow the tenant-wide secret' });
      return;
    }
    if (step === 'edit') return setStep('review');
    create.mutate(
      { scope, name: values.name, data: rowsToData(values.rows), labels: labelRowsToLabels(values.labels) },
      {
        onSuccess: () => {
          notifySuccess(`Created ${values.name} (${scopeLabel(scope).toLowerCase()})`);
          close();
          if (scope.kind === 'tenant-wide') navigate(tenantWideSecretPath(values.name));
        },
        onError: (error) => {
          setStep('edit');
          const placed = placeServerError(error, form.setError, {
            name: 'name',
            labels: labelRowsToLabels(values.labels).map((l, i) => ({
              key: l.key,
              field: (part) => (part === 'key' ? `labels.${i}.name` : `labels.${i}.value`),
            })),
            data: values.rows.map((r, i) => ({ key: r.key, field: (part) => `rows.${i}.${part}` })),
          });
          if (!placed) notifyError('The secret was not created', error);
        },
      },
    );
  });

  return (
    <Drawer
      opened={opened}
      onClose={requestClose}
      closeOnEscape={!nestedDialog && !confirmDiscard}
      position="right"
      size="xl"
      title={`New secret: ${scopeLabel(scope)}`}
    >
      <FormProvider {...form}>
        <form onSubmit={submit} ref={formKeys} noValidate aria-label="New secret">
          {step === 'edit' ? (
            <Stack>
              <TextInput
                label="Name"
                withAsterisk
                autoComplete="off"
                autoCapitalize="off"
                autoCorrect="off"
                spellCheck={false}
                data-autofocus
                description={<NameHints name={name} />}
                {...form.register('name')}
                error={form.formState.errors.name?.message}
              />
              {shadows && (
                <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="This would shadow a tenant-wide secret">
                  <Text size="sm">
                    A tenant-wide secret named <b>{name}</b> is replicated into {scope.kind === 'group' ? scope.resourceGroup : ''}. A group
                    secret of the same name replaces that copy until the service re-syncs it, and SAP warns this breaks critical consumers
                    such as metering, which would read the group&apos;s value instead.
                  </Text>
                  <Checkbox
                    mt="sm"
                    label="I understand, and want to shadow it anyway"
                    checked={consent}
                    onChange={(e) => form.setValue('consentShadow', e.currentTarget.checked)}
                    error={form.formState.errors.consentShadow?.message}
                  />
                </Alert>
              )}
              <DataRowsField onDialogChange={setNestedDialog} />
              <LabelsField />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                <Button type="submit" aria-keyshortcuts={SUBMIT_SHORTCUT}>
                  Review
                </Button>
              </Group>
            </Stack>
          ) : (
            <Stack data-step-focus tabIndex={-1}>
              <Alert icon={<IconInfoCircle aria-hidden />} variant="light">
                Check what will be sent. Values are write-only: after this, no one can read them back, this console included.
              </Alert>
              <ReviewCreate scope={scope} values={form.getValues()} groupCount={groupCount} shadows={shadows} />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setStep('edit')} disabled={create.isPending}>
                  Back
                </Button>
                <Button type="submit" loading={create.isPending} aria-keyshortcuts={SUBMIT_SHORTCUT}>
                  Create secret
                </Button>
              </Group>
            </Stack>
          )}
        </form>
      </FormProvider>
      {confirmDiscard && <DiscardConfirm title="Discard the new secret?" onDiscard={close} onKeep={() => setConfirmDiscard(false)} />}
    </Drawer>
  );
}
