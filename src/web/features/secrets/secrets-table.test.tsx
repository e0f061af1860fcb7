// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SecretDetails } from '../../../contract';
import { renderWithProviders } from './render-for-test';
import { SecretsTable } from './secrets-table';
import type { ListView } from './use-list-view';

const view: ListView = { page: 1, size: 25, q: '', label: '', sort: 'name', dir: 'asc', own: false };
const fresh = (): SecretDetails[] =>
  ['alpha', 'beta'].map((name) => ({ name, createdAt: '2026-01-01T00:00:00Z', labels: [], syncStatus: { g1: true, g2: false } }));

const noop = () => {};

/** The list page's way: rows from a query that refetches (every refetch brings new objects). */
function List() {
  const [rows, setRows] = useState(fresh);
  return (
    <>
      <button type="button" onClick={() => setRows(fresh())}>
        Refetch
      </button>
      <SecretsTable
        scope={{ kind: 'tenant-wide' }}
        rows={rows}
        loading={false}
        view={view}
        onSort={noop}
        onEdit={noop}
        onDelete={noop}
        tenantWideNames={new Set()}
        selected={new Set()}
        onToggle={noop}
      />
    </>
  );
}

describe('the secrets table', () => {
  it('keeps a row button, and the keyboard focus on it, when the list refetches', async () => {
    renderWithProviders(<List />);
    const edit = await screen.findByRole('button', { name: 'Edit beta' });
    act(() => edit.focus());
    expect(edit).toHaveFocus();
    // A programmatic click, as a query's refetch would come: focus stays where it is.
    act(() => screen.getByRole('button', { name: 'Refetch' }).click());
    expect(screen.getByRole('button', { name: 'Edit beta' })).toBe(edit);
    expect(edit).toHaveFocus();
  });
});
