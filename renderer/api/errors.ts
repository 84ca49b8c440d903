import type { ApiIssue, ErrorCode } from '../../electron/contract/envelope';

/** A failure from the backend, with its Dutch message and (for forms) the fields it concerns. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly ApiIssue[];

  constructor(code: ErrorCode, message: string, issues: readonly ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
}

const FALLBACK =
  'Er ging iets mis. Probeer het opnieuw of neem contact op met de functioneel beheerder.';

/** The Dutch text to show for any error thrown by a call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return FALLBACK;
}
