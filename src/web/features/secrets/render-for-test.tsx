// Renders a secret form the way the app does (Mantine in test mode, a fresh QueryClient, the app's router),
// for the component tests next to the forms.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from '../../lib/router';

export function renderWithProviders(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <Router>{ui}</Router>
      </QueryClientProvider>
    </MantineProvider>,
  );
}
