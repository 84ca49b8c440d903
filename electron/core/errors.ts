import type { ErrorCode } from '../contract/envelope';

/**
 * A failure the user may read: a Dutch message, no stack trace, path, SQL or personal data.
 * Thrown inside a service to roll its transaction back; the procedure table maps it to an
 * ApiFailure. Anything else that is thrown is a bug and reaches the user as a generic message.
 */
export class UserFacingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The field the message is about, so a form can show it under that field. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

export const notFound = (what = 'Deze aanvraag'): UserFacingError =>
  new UserFacingError('not_found', `${what} bestaat niet of u hebt er geen toegang toe.`);

export const forbidden = (): UserFacingError =>
  new UserFacingError('forbidden', 'U hebt geen toegang tot deze functie.');

export const domainError = (message: string): UserFacingError =>
  new UserFacingError('domain', message);

export const conflict = (message: string): UserFacingError =>
  new UserFacingError('conflict', message);
