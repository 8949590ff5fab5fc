import { StationError } from '../../src-main/domain/errors';

/** What every failed call throws: the station's own error, or a stand-in written the same way. */
export class ApiError extends StationError {
  override name = 'ApiError';

  /**
   * The inputs the station rejected, by dotted path (`printer.width`). A 400 names the first in
   * `details.field` and may list them all in `details.issues` with a message to put after the label.
   */
  get fieldIssues(): { field: string; message: string }[] {
    const issues = Array.isArray(this.details.issues) ? (this.details.issues as unknown[]) : [];
    const listed = issues.flatMap((issue) => {
      const { field, message } = (issue ?? {}) as { field?: unknown; message?: unknown };
      return typeof field === 'string' && typeof message === 'string'
        ? [{ field, message: sentence(message) }]
        : [];
    });
    if (listed.length > 0) return listed;
    const field = this.details.field;
    return typeof field === 'string' ? [{ field, message: this.message }] : [];
  }
}

const sentence = (text: string) =>
  text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');

export const unreachable = () =>
  new ApiError(
    0,
    'unreachable',
    'Cannot reach the station. Check that it is running and that this device is on the warehouse network.',
  );

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(0, 'error', err instanceof Error ? err.message : String(err));
}
