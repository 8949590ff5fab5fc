/**
 * An error a person can act on. `status` follows docs/architecture.md "Errors" (400 bad input,
 * 401, 403, 404, 409 conflict with current state, 413, 429); `message` is a full sentence for a
 * picker or packer. It lives in domain/ so services and devices raise the same errors.
 */
export class StationError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const invalid = (field: string, message: string) =>
  new StationError(400, 'invalid_input', message, { field });
export const notFound = (code: string, message: string, details?: Record<string, unknown>) =>
  new StationError(404, code, message, details);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new StationError(409, code, message, details);
