// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CreateSecretDrawer } from './create-secret-drawer';

function renderWithProviders(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: '/', element: ui }]);
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const group = { kind: 'group', resourceGroup: 'team-a' } as const;

describe('the create-secret form', () => {
  it('explains the name rule as the user types, and the envFrom caveat', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CreateSecretDrawer scope={group} opened onClose={() => {}} tenantWideNames={[]} groupCount={3} />);
    const name = screen.getByLabelText(/^Name/);
    await user.type(name, 'My_Secret');
    await user.tab();
    expect(await screen.findByText('may contain only lowercase letters a-z, digits 0-9, "-" and "."')).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'db-creds');
    expect(await screen.findByText(/keep it from being used with envFrom/)).toBeInTheDocument();
  });

  it('refuses invalid Base64 at its field, and shows a masked review of valid input', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CreateSecretDrawer scope={group} opened onClose={() => {}} tenantWideNames={[]} groupCount={3} />);
    await user.type(screen.getByLabelText(/^Name/), 'db');
    await user.type(screen.getByLabelText('Key 1'), 'token');
    await user.click(screen.getByRole('radio', { name: 'Base64' }));
    await user.type(screen.getByLabelText('Value 1 (Base64)'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText(/is not valid Base64/)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Text' }));
    await user.clear(screen.getByLabelText('Value 1'));
    await user.type(screen.getByLabelText('Value 1'), 'ключ');
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await user.type(screen.getByLabelText('Label 1 key'), 'team');
    await user.type(screen.getByLabelText('Label 1 value'), 'nlp');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const review = await screen.findByLabelText('Review');
    expect(within(review).getByText('AI-Resource-Group: team-a')).toBeInTheDocument();
    expect(within(review).getByText(/8 bytes, text as UTF-8/)).toBeInTheDocument(); // "ключ" is 8 UTF-8 bytes
    expect(within(review).getByText('ext.ai.sap.com/team=nlp')).toBeInTheDocument();
    expect(review.textContent).not.toContain('ключ');
  });

  it('asks for consent before shadowing a tenant-wide secret', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CreateSecretDrawer scope={group} opened onClose={() => {}} tenantWideNames={['metering-token']} groupCount={3} />);
    await user.type(screen.getByLabelText(/^Name/), 'metering-token');
    expect(screen.getByText('This would shadow a tenant-wide secret')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Key 1'), 'k');
    await user.type(screen.getByLabelText('Value 1'), 'v');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText('Confirm that you want to shadow the tenant-wide secret')).toBeInTheDocument();
    await user.click(screen.getByLabelText('I understand, and want to shadow it anyway'));
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText(/It will shadow the tenant-wide secret of the same name/)).toBeInTheDocument();
  });
});
