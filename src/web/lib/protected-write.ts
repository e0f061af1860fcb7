// The one confirmation every write on a protected connection passes: the admin types the connection's name.
// Write hooks ask through `useProtectedMutation`; the dialog (mounted once, in the header) answers.
import { useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { consoleQueries } from '../api/console';

export type ConfirmationRequest = { connection: string; action: string; answer: (confirmed: boolean) => void };

let pending: ConfirmationRequest | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Resolves true once the admin typed `connection`, false when they cancelled. One question at a time. */
export function confirmProtectedWrite(connection: string, action: string): Promise<boolean> {
  pending?.answer(false);
  return new Promise((resolve) => {
    const request: ConfirmationRequest = {
      connection,
      action,
      answer: (confirmed) => {
        if (pending === request) {
          pending = null;
          emit();
        }
        resolve(confirmed);
      },
    };
    pending = request;
    emit();
  });
}

export function usePendingConfirmation(): ConfirmationRequest | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => pending,
    // Nothing pends on the server (src/web/entry-server.tsx), nor while its page hydrates.
    () => null,
  );
}

/** Thrown by `mutateAsync` when the admin cancels the confirmation; `mutate` just does nothing. */
export class WriteCancelled extends Error {
  constructor() {
    super('Cancelled: nothing was changed.');
  }
}

/**
 * A write hook's mutation, but on a protected connection every `mutate` first asks for the typed name.
 * Cancelling sends nothing and leaves the form as it was.
 */
export function useProtectedMutation<TData, TError, TVariables, TContext>(
  mutation: UseMutationResult<TData, TError, TVariables, TContext>,
  describe: (variables: TVariables) => string,
): UseMutationResult<TData, TError, TVariables, TContext> {
  const qc = useQueryClient();
  const confirmed = async (variables: TVariables) => {
    let status;
    try {
      status = await qc.ensureQueryData(consoleQueries.status());
    } catch {
      return true; // the console does not answer: the write will fail with its own error
    }
    return !status.connection.protected || confirmProtectedWrite(status.connection.name, describe(variables));
  };
  return {
    ...mutation,
    mutate: (...args) => {
      void confirmed(args[0] as TVariables).then((ok) => ok && mutation.mutate(...args));
    },
    mutateAsync: async (...args) => {
      if (!(await confirmed(args[0] as TVariables))) throw new WriteCancelled();
      return mutation.mutateAsync(...args);
    },
  } as UseMutationResult<TData, TError, TVariables, TContext>;
}
