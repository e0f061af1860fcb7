// Puts an API error where it belongs: a name clash on the name field, a label error on its row; the rest
// is for a notification. Returns true when it found a field.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client';

export function placeServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: { name?: Path<T>; labelField?: (i: number) => Path<T>; dataKeyField?: (key: string) => Path<T> | null },
): boolean {
  if (!(error instanceof ApiError)) return false;
  if ((error.code === 'AlreadyExists' || error.code === 'InvalidName') && fields.name) {
    setError(fields.name, { type: 'server', message: error.message });
    return true;
  }
  const label = /^labels\.(\d+)\./.exec(error.message);
  if ((error.code === 'InvalidLabel' || error.code === 'ProtectedLabel') && label && fields.labelField) {
    setError(fields.labelField(Number(label[1])), { type: 'server', message: error.message.replace(/^labels\.\d+\.\w+: /, '') });
    return true;
  }
  const data = /^data\.([^:]+):/.exec(error.message);
  if (error.code === 'InvalidData' && data && fields.dataKeyField) {
    const field = fields.dataKeyField(data[1]!);
    if (field) {
      setError(field, { type: 'server', message: error.message.replace(/^data\.[^:]+: /, '') });
      return true;
    }
  }
  return false;
}
