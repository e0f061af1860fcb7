import type { ErrorCode } from '../../contract';

/** A rejected request: nothing was changed. The routes turn it into the API's error envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 500,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
