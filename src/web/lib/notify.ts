import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

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
