import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useReturnFocus } from '../lib/use-return-focus';
import { TypeToConfirmForm } from './type-to-confirm-form';

type Props = {
  title: string;
  children: ReactNode;
  /** When set, the user must type it before Delete is enabled. */
  typeToConfirm?: string;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/** The one confirmation dialog for destructive actions. Focus starts on Cancel unless something must be typed. */
export function ConfirmDeleteModal({ title, children, typeToConfirm, pending, onConfirm, onClose }: Props) {
  useReturnFocus();
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <TypeToConfirmForm typeToConfirm={typeToConfirm} confirmLabel="Delete" pending={pending} onConfirm={onConfirm} onCancel={onClose}>
        {children}
      </TypeToConfirmForm>
    </Modal>
  );
}
