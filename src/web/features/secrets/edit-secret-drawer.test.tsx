// @vitest-environment jsdom
import { Button } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SecretDetails } from '../../../contract';
import { EditSecretDrawer } from './edit-secret-drawer';
import { renderWithProviders } from './render-for-test';

const main = { kind: 'main' } as const;
const secret: SecretDetails = {
  name: 'db-creds',
  createdAt: null,
  syncStatus: null,
  labels: [
    { key: 'ext.ai.sap.com/team', value: 'nlp' },
    { key: 'ext.ai.sap.com/owner', value: 'ann' },
  ],
};

/** The secrets page's way: an opener, and the drawer mounted only while editing. */
function Page() {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Button onClick={() => setEditing(true)}>Edit db-creds</Button>
      {editing && <EditSecretDrawer scope={main} secret={secret} onClose={() => setEditing(false)} />}
    </>
  );
}

async function openDrawer() {
  const user = userEvent.setup();
  renderWithProviders(<Page />);
  await user.click(screen.getByRole('button', { name: 'Edit db-creds' }));
  return { user, drawer: await screen.findByRole('dialog') };
}

describe('the edit-secret form', () => {
  it('takes an emptied label value as "will remove", as the service does', async () => {
    const { user, drawer } = await openDrawer();
    await user.clear(within(drawer).getByLabelText('Value of ext.ai.sap.com/team'));
    expect(within(drawer).getByLabelText('ext.ai.sap.com/team will be removed')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Review changes' }));
    const review = await within(drawer).findByLabelText('Changes to save');
    expect(review).toHaveTextContent('− will remove ext.ai.sap.com/team (was nlp)');
    expect(screen.queryByText(/use Remove/)).not.toBeInTheDocument();
  });

  it('renames a label key, shown as a removal of the old key and an addition of the new one', async () => {
    const { user, drawer } = await openDrawer();
    const key = within(drawer).getByLabelText('Key of ext.ai.sap.com/team');
    await user.clear(key);
    await user.type(key, 'squad');
    expect(within(drawer).getByText('was ext.ai.sap.com/team')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Review changes' }));
    const review = await within(drawer).findByLabelText('Changes to save');
    expect(review).toHaveTextContent(
      '↻ rename ext.ai.sap.com/team to ext.ai.sap.com/squad: removes ext.ai.sap.com/team (was nlp) and adds ext.ai.sap.com/squad = nlp',
    );
  });

  it('moves focus to the new row on "Add label", and strips a pasted prefix there', async () => {
    const { user, drawer } = await openDrawer();
    await user.click(within(drawer).getByRole('button', { name: 'Add label' }));
    const key = within(drawer).getByLabelText('New label 3 key');
    expect(key).toHaveFocus();
    await user.paste('ext.ai.sap.com/stage');
    expect(key).toHaveValue('stage');
    expect(within(drawer).getByText('Removed the pasted prefix "ext.ai.sap.com/": it is added for you.')).toBeInTheDocument();
  });

  it('keeps focus on the row when Remove and Keep replace each other', async () => {
    const { user, drawer } = await openDrawer();
    await user.click(within(drawer).getByRole('button', { name: 'Remove ext.ai.sap.com/owner' }));
    await waitFor(() => expect(within(drawer).getByRole('button', { name: 'Keep ext.ai.sap.com/owner' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(drawer).getByRole('button', { name: 'Remove ext.ai.sap.com/owner' })).toHaveFocus());
  });

  it('asks before discarding changes, with focus on "Keep editing", and gives focus back after', async () => {
    const { user, drawer } = await openDrawer();
    const value = within(drawer).getByLabelText('Value of ext.ai.sap.com/owner');
    await user.type(value, 'x');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog', { name: 'Discard unsaved changes?' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(value).toHaveFocus();
    expect(value).toHaveValue('annx');
    // Escape on the question means the same: keep editing, and the drawer stays.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(drawer).toBeInTheDocument();
    expect(value).toHaveFocus();
    expect(value).toHaveValue('annx');
  });

  it('gives focus back to the control that opened it', async () => {
    const { user, drawer } = await openDrawer();
    await user.click(within(drawer).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit db-creds' })).toHaveFocus());
  });
});
