// The floor the console's first page is measured against: the least a Mantine page with the same parts
// (provider, app shell, heading, a 20-row table, a button) costs, built with the same Vite and Mantine.
import '@mantine/core/styles.css';
import { AppShell, Button, MantineProvider, Table, Title } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const rows = Array.from({ length: 20 }, (_, i) => ({ name: `secret-${String(i).padStart(2, '0')}`, created: '2026-11-23' }));

function FloorPage() {
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 260, breakpoint: 'sm' }} padding="md">
      <AppShell.Header p="md">
        <Title order={1} size="h4">
          Floor
        </Title>
      </AppShell.Header>
      <AppShell.Navbar p="sm">Scopes</AppShell.Navbar>
      <AppShell.Main>
        <Title order={2}>Overview</Title>
        <Button my="md">Create secret</Button>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Created</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.name}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{r.created}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </AppShell.Main>
    </AppShell>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider>
      <FloorPage />
    </MantineProvider>
  </StrictMode>,
);
