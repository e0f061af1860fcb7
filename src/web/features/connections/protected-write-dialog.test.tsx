// @vitest-environment jsdom
import { Button, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { consoleQueries, type ConsoleStatus } from '../../api/console';
import { useProtectedMutation } from '../../lib/protected-write';
import { ProtectedWriteDialog } from './protected-write-gate';

const status = (name: string, isProtected: boolean): ConsoleStatus => ({
  mode: 'upstream',
  upstream: 'api.example.com',
  version: '0',
  token: { state: 'valid', validUntil: null, error: null },
  health: { ok: true, status: 200, checkedAt: new Date().toISOString(), message: 'AI Core answers' },
  writes: { allowed: true, reason: null },
  user: null,
  connection: { name, protected: isProtected },
  connections: [{ name, protected: isProtected }],
});

/** The machine is shared: wait on what the user would see, not on a tight clock. */
const WAIT = { timeout: 15_000 };

function Writer({ sent }: { sent: string[] }) {
  const write = useProtectedMutation(
    useMutation({ mutationFn: async (name: string) => void sent.push(name) }),
    (name) => `delete the secret ${name}`,
  );
  return <Button onClick={() => write.mutate('db-creds')}>Delete db-creds</Button>;
}

function setup(name: string, isProtected: boolean) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  client.setQueryData(consoleQueries.status().queryKey, status(name, isProtected));
  const sent: string[] = [];
  render(
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <ProtectedWriteDialog />
        <Writer sent={sent} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return sent;
}

describe('the typed-name confirmation of a protected connection', () => {
  it('sends nothing until the exact name is typed, and nothing at all when cancelled', async () => {
    const user = userEvent.setup();
    const sent = setup('prod', true);
    await user.click(screen.getByRole('button', { name: 'Delete db-creds' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change prod?' }, WAIT);
    expect(dialog).toHaveTextContent('You are about to delete the secret db-creds on prod, a protected connection.');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete db-creds' }));
    const field = await screen.findByLabelText('Type prod to confirm', {}, WAIT);
    expect(field).toHaveValue(''); // a new question starts empty
    await user.type(field, 'prod ');
    expect(screen.getByRole('button', { name: 'Confirm change' })).toBeDisabled();
    await user.clear(field);
    await user.type(field, 'prod{Enter}');
    await vi.waitFor(() => expect(sent).toEqual(['db-creds']), WAIT);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks nothing on a connection that is not protected', async () => {
    const user = userEvent.setup();
    const sent = setup('dev', false);
    await user.click(screen.getByRole('button', { name: 'Delete db-creds' }));
    await vi.waitFor(() => expect(sent).toEqual(['db-creds']), WAIT);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
