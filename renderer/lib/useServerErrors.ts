import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, errorMessage } from '../api/errors';

/**
 * Shows a backend failure on the form: each field issue at its field, everything else (and issues
 * for fields the form does not have) as one message above the submit button.
 */
export function useServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  knownFields?: readonly string[],
) {
  const [formError, setFormError] = useState<string | null>(null);

  const handleServerError = useCallback(
    (error: unknown) => {
      const unplaced: string[] = [];
      if (error instanceof ApiError && error.issues.length > 0) {
        for (const issue of error.issues) {
          const root = issue.path.split('.')[0] ?? '';
          if (issue.path !== '' && (knownFields === undefined || knownFields.includes(root))) {
            setError(issue.path as Path<T>, { type: 'server', message: issue.message });
          } else {
            unplaced.push(issue.message);
          }
        }
        setFormError(unplaced.length > 0 ? unplaced.join(' ') : error.message);
        return;
      }
      setFormError(errorMessage(error));
    },
    [setError, knownFields],
  );

  return { formError, setFormError, handleServerError };
}
