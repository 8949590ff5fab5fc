import { useState } from 'react';
import { toApiError, type ApiError } from '../api/api-error';

/** A rejected path belongs to a form field when it is that field or lies inside it. */
const belongsTo = (path: string, field: string) => path === field || path.startsWith(`${field}.`);

/**
 * Runs one user action at a time and keeps its error. Errors about `fields` the form shows
 * show up under those fields; everything else becomes the form's own message.
 */
export function useAction(fields: readonly string[] = []) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const issues = error?.fieldIssues ?? [];
  const fieldError = (field: string) =>
    issues.find((issue) => belongsTo(issue.field, field))?.message ?? null;
  const placed = issues.some((issue) => fields.some((field) => belongsTo(issue.field, field)));

  /** Resolves true when the work succeeded. */
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (err) {
      setError(toApiError(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    run,
    fieldError,
    formError: error && !placed ? error.message : null,
    /** The station's code for the last refusal (`over_receipt`), for a form that offers a way on. */
    errorCode: error?.code ?? null,
    clearError: () => setError(null),
  };
}
