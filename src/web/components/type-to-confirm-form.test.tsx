// @vitest-environment jsdom
import { MantineProvider, Modal } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TypeToConfirmForm } from './type-to-confirm-form';

function setup(props: { typeToConfirm?: string; disabled?: boolean }) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <MantineProvider env="test">
      <Modal opened onClose={onCancel} title="Delete db-creds?">
        <TypeToConfirmForm {...props} confirmLabel="Delete" onConfirm={onConfirm} onCancel={onCancel}>
          <p>It goes for good.</p>
        </TypeToConfirmForm>
      </Modal>
    </MantineProvider>,
  );
  return { user: userEvent.setup(), onConfirm, onCancel };
}

describe('a destructive confirmation', () => {
  it('asks for the exact name before the red button works, by click or by Enter', async () => {
    const { user, onConfirm } = setup({ typeToConfirm: 'db-creds' });
    const field = screen.getByLabelText('Type db-creds to confirm');
    const del = screen.getByRole('button', { name: 'Delete' });
    await waitFor(() => expect(field).toHaveFocus());
    expect(del).toBeDisabled();
    await user.type(field, 'db-cred{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    await user.type(field, 'S');
    expect(del).toBeDisabled();
    await user.type(field, '{Backspace}s{Enter}');
    expect(del).toBeEnabled();
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('starts on Cancel when nothing must be typed, and stays off while there is nothing to confirm', async () => {
    const { user, onConfirm, onCancel } = setup({ disabled: true });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
