import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { ConfirmationRequest } from '../../lib/protected-write';

function Question({ request }: { request: ConfirmationRequest }) {
  const [typed, setTyped] = useState('');
  const ready = typed === request.connection;
  return (
    // Above any drawer or dialog the write started from.
    <Modal opened onClose={() => request.answer(false)} title={`Change ${request.connection}?`} centered zIndex={400}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) request.answer(true);
        }}
      >
        <Stack>
          <Alert color="red" variant="light" icon={<IconShieldLock aria-hidden />} title="Protected connection">
            <Text size="sm">
              You are about to {request.action} on <strong>{request.connection}</strong>, a protected connection.
            </Text>
          </Alert>
          <TextInput
            label={`Type ${request.connection} to confirm`}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => request.answer(false)}>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={!ready}>
              Confirm change
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The question for one request; keyed by it, so each question starts with an empty field. */
export function ProtectedWriteQuestion({ request }: { request: ConfirmationRequest }) {
  return <Question key={`${request.connection}:${request.action}`} request={request} />;
}
