import { Alert, Modal, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { TypeToConfirmForm } from '../../components/type-to-confirm-form';
import type { ConfirmationRequest } from '../../lib/protected-write';

function Question({ request }: { request: ConfirmationRequest }) {
  return (
    // Above any drawer or dialog the write started from.
    <Modal opened onClose={() => request.answer(false)} title={`Change ${request.connection}?`} centered zIndex={400}>
      <TypeToConfirmForm
        typeToConfirm={request.connection}
        confirmLabel="Confirm change"
        onConfirm={() => request.answer(true)}
        onCancel={() => request.answer(false)}
      >
        <Alert color="red" variant="light" icon={<IconShieldLock aria-hidden />} title="Protected connection">
          <Text size="sm">
            You are about to {request.action} on <strong>{request.connection}</strong>, a protected connection.
          </Text>
        </Alert>
      </TypeToConfirmForm>
    </Modal>
  );
}

/** The question for one request; keyed by it, so each question starts with an empty field. */
export function ProtectedWriteQuestion({ request }: { request: ConfirmationRequest }) {
  return <Question key={`${request.connection}:${request.action}`} request={request} />;
}
