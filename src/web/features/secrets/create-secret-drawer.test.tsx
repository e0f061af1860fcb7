// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CreateSecretDrawer } from './create-secret-drawer';
import { renderWithProviders } from './render-for-test';

const group = { kind: 'group', resourceGroup: 'team-a' } as const;
const NAME_RULE = 'Lowercase letters, digits, "-" and "."; at most 252 characters.';

const open = (tenantWideNames: string[] = [], onClose = () => {}) =>
  renderWithProviders(<CreateSecretDrawer scope={group} opened onClose={onClose} tenantWideNames={tenantWideNames} groupCount={3} />);

/** Opens the form and types a name and the first data row (`null`: left empty), as a user starts. */
async function openAndFill({
  name = 'db',
  key = 'k' as string | null,
  value = 'v' as string | null,
  tenantWideNames = [] as string[],
} = {}) {
  const user = userEvent.setup();
  open(tenantWideNames);
  await user.type(screen.getByLabelText(/^Name/), name);
  if (key !== null) await user.type(screen.getByLabelText('Key 1'), key);
  if (value !== null) await user.type(screen.getByLabelText('Value 1'), value);
  return user;
}

const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('the create-secret form', () => {
  it('keeps the name rule in view while the name breaks it, and names the field in the error after Review', async () => {
    const user = userEvent.setup();
    open();
    const name = screen.getByLabelText(/^Name/);
    await user.type(name, 'My_Secret');
    await user.tab();
    // The hint stays exactly when it is needed; no error jumps in on blur.
    expect(screen.getByText(NAME_RULE)).toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText('The name may contain only lowercase letters a-z, digits 0-9, "-" and "."')).toBeInTheDocument();
    expect(screen.getByText(NAME_RULE)).toBeInTheDocument();
    // After the first Review the rule is checked as the user types.
    await user.clear(name);
    await user.type(name, 'db-creds');
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText(/keep it from being used with envFrom/)).toBeInTheDocument();
  });

  it('shows no error when a fresh name field loses focus, so nothing moves under the pointer', async () => {
    const user = userEvent.setup();
    open();
    const name = screen.getByLabelText(/^Name/);
    name.focus();
    const addLabel = screen.getByRole('button', { name: 'Add label' });
    const before = addLabel.getBoundingClientRect();
    await user.click(addLabel);
    expect(screen.queryByText(/is required/)).not.toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    expect(addLabel.getBoundingClientRect()).toEqual(before);
    // The click landed: the new row is there, and focus is in it.
    expect(screen.getByLabelText('Label 1 key')).toHaveFocus();
  });

  it('refuses invalid Base64 at its field, and shows a masked review of valid input', async () => {
    const user = await openAndFill({ key: 'token', value: null });
    await user.click(screen.getByRole('radio', { name: 'Base64' }));
    await user.type(screen.getByLabelText('Value 1 (Base64)'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText(/^This value is not valid Base64/)).toBeInTheDocument();

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

  it('keeps a multi-line value as typed, and counts with plural rules', async () => {
    const user = await openAndFill({ name: 'pem', key: 'a', value: null });
    const value = screen.getByLabelText('Value 1');
    await user.type(value, 'x{Enter}  y{Enter}');
    expect(value).toHaveValue('x\n  y\n');
    expect(screen.getByText('2 lines, 6 bytes, ends with a line break')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add key' }));
    expect(screen.getByLabelText('Key 2')).toHaveFocus();
    await user.type(screen.getByLabelText('Key 2'), 'b');
    await user.type(screen.getByLabelText('Value 2'), 'z');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const review = await screen.findByLabelText('Review');
    expect(within(review).getByText('2 keys (values masked)')).toBeInTheDocument();
    expect(within(review).getByText(/^6 bytes, text as UTF-8/)).toBeInTheDocument();
    expect(within(review).getByText(/^1 byte, text as UTF-8/)).toBeInTheDocument();
  });

  it('moves focus to a neighbour when a row is removed', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: 'Add key' }));
    await user.click(screen.getByRole('button', { name: 'Remove key 2' }));
    await waitFor(() => expect(screen.getByLabelText('Key 1')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await user.click(screen.getByRole('button', { name: 'Remove label 1' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add label' })).toHaveFocus());
  });

  it('refuses a .env block with more keys than a secret holds, before adding a row', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: 'Paste .env…' }));
    const block = Array.from({ length: 257 }, (_, i) => `KEY_${i}=v`).join('\n');
    fireEvent.change(screen.getByLabelText('.env content'), { target: { value: block } });
    expect(screen.getByText(/This block has 257 entries, and the secret has room for 256 more keys/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add 257 rows' })).toBeDisabled();
    expect(screen.queryByRole('table', { name: 'Rows to add' })).not.toBeInTheDocument();
  });

  it('clears a file error once a file that fixes it is chosen', async () => {
    const user = await openAndFill({ name: 'blob', key: null, value: null });
    await user.click(screen.getByRole('radio', { name: 'File' }));
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText('No file chosen yet: drop a file on this row or choose one')).toBeInTheDocument();

    await user.upload(fileInput(), new File([new Uint8Array(1024 * 1024 + 1)], 'huge.bin'));
    expect(await screen.findByText(/^The values add up to 1,048,577 bytes, over the limit of 1 MiB/)).toBeInTheDocument();
    expect(screen.queryByText(/No file chosen yet/)).not.toBeInTheDocument();

    await user.upload(fileInput(), new File([new Uint8Array([1])], 'small.bin'));
    expect(await screen.findByText('small.bin (1 byte)')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/over the limit of 1 MiB/)).not.toBeInTheDocument());
  });

  it('strips a pasted ext.ai.sap.com/ prefix from a label key, and says so', async () => {
    const user = await openAndFill();
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    const key = screen.getByLabelText('Label 1 key');
    await user.click(key);
    await user.paste('ext.ai.sap.com/team');
    expect(key).toHaveValue('team');
    expect(screen.getByText('Removed the pasted prefix "ext.ai.sap.com/": it is added for you.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Label 1 value'), 'nlp');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const review = await screen.findByLabelText('Review');
    expect(within(review).getByText('ext.ai.sap.com/team=nlp')).toBeInTheDocument();
  });

  it('refuses an empty label value instead of letting the service drop the label silently', async () => {
    const user = await openAndFill();
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await user.type(screen.getByLabelText('Label 1 key'), 'team');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText(/^The label value is empty/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Review')).not.toBeInTheDocument();
  });

  it('submits from a multi-line value with Ctrl+Enter, where Enter starts a new line', async () => {
    await openAndFill();
    fireEvent.keyDown(screen.getByLabelText('Value 1'), { key: 'Enter', ctrlKey: true });
    expect(await screen.findByLabelText('Review')).toBeInTheDocument();
  });

  it('asks for consent before shadowing a tenant-wide secret', async () => {
    const user = await openAndFill({ name: 'metering-token', tenantWideNames: ['metering-token'] });
    expect(screen.getByText('This would shadow a tenant-wide secret')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText('Confirm that you want to shadow the tenant-wide secret')).toBeInTheDocument();
    await user.click(screen.getByLabelText('I understand, and want to shadow it anyway'));
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText(/It will shadow the tenant-wide secret of the same name/)).toBeInTheDocument();
  });

  it('closes on Escape when nothing was typed, and asks first when something was', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    open([], onClose);
    const name = screen.getByLabelText(/^Name/);
    name.focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.type(name, 'half-typed');
    await user.keyboard('{Escape}');
    const ask = screen.getByRole('alertdialog', { name: 'Discard the new secret?' });
    expect(within(ask).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    expect(onClose).toHaveBeenCalledTimes(1);
    // Escape on the question keeps editing, with focus back where it was.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(name).toHaveFocus();
    expect(name).toHaveValue('half-typed');
    expect(onClose).toHaveBeenCalledTimes(1);

    await user.keyboard('{Escape}');
    await user.click(within(screen.getByRole('alertdialog', { name: 'Discard the new secret?' })).getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(screen.getByLabelText(/^Name/)).toHaveValue('');
  });
});
