import type { ErrorEnvelope } from './answers';

/** The error codes this project's emulator and proxy use (the real service's codes vary by call). */
export type ErrorCode =
  | 'InvalidRequest'
  | 'InvalidJson'
  | 'InvalidScope'
  | 'InvalidName'
  | 'InvalidData'
  | 'InvalidLabel'
  | 'ProtectedLabel'
  | 'InvalidQuery'
  | 'AlreadyExists'
  | 'NotFound'
  | 'Gone'
  | 'ResourceGroupDeleting'
  | 'QuotaExceeded'
  | 'DeletionNotAllowed'
  | 'Unauthorized'
  | 'Forbidden'
  | 'PayloadTooLarge'
  | 'UnsupportedMediaType'
  | 'UpstreamUnreachable'
  | 'UpstreamTimeout'
  | 'UpstreamError'
  | 'TokenUnavailable'
  | 'InternalError';

export function errorEnvelope(code: ErrorCode, message: string, requestId: string, target: string): ErrorEnvelope {
  return { error: { code, message, requestId, target } };
}
