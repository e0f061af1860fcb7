import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

// Mantine renders each notification with role="alert" inside a container that is always mounted, so saves
// and refusals shown here are read by screen readers too; no second announcement (see lib/announce.ts).
export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', title: 'Done', message });
}

export function notifyError(title: string, error: unknown) {
  const api = error instanceof ApiError ? error : null;
  notifications.show({
    color: 'red',
    title,
    autoClose: 10_000,
    message: `${api?.message ?? (error instanceof Error ? error.message : 'Unknown error')}${api?.requestId ? ` (request id ${api.requestId})` : ''}`,
  });
}
