// Keyboard use of the secret forms. Enter starts a new line in a multi-line value, so Ctrl+Enter (Cmd+Enter
// on a Mac) submits from anywhere in the form: Review, then Create or Save. Moving between the form and its
// review replaces what had focus, so focus is put where the user goes on: the review, or back at the
// field the service refused, else the submit button.
import { useCallback, useEffect, useRef } from 'react';

export const SUBMIT_SHORTCUT = 'Control+Enter Meta+Enter';

function submitShortcut(form: HTMLFormElement) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.isComposing) return;
    e.preventDefault();
    form.requestSubmit();
  };
  form.addEventListener('keydown', onKeyDown);
  return () => form.removeEventListener('keydown', onKeyDown);
}

/**
 * A ref callback for the form; mark the review's container with `data-step-focus` and `tabIndex={-1}`.
 * `opened` false (the drawer is closing, and its step reset) leaves focus to the drawer's own return.
 */
export function useFormKeyboard(step: 'edit' | 'review', opened = true) {
  const formRef = useRef<HTMLFormElement | null>(null);
  const first = useRef(true);
  const ref = useCallback((form: HTMLFormElement | null) => {
    formRef.current = form;
    return form ? submitShortcut(form) : undefined;
  }, []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const form = formRef.current;
    if (!opened || !form?.isConnected) return;
    const target =
      step === 'review'
        ? form.querySelector<HTMLElement>('[data-step-focus]')
        : (form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('button[type="submit"]'));
    target?.focus();
    // Only a change of step moves focus; `opened` is read as it is at that change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step]);
  return ref;
}
