import { Alert, Button, Group } from '@mantine/core';

/** The backend's message that belongs to no field, above a form's buttons. */
export function FormError({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}

interface FooterProps {
  /** What was just saved, said once it is. */
  done: string | null;
  formError: string | null;
  submitting: boolean;
  submitLabel: string;
}

/** The foot of a form on a page: what was saved, the message that belongs to no field, the button. */
export function FormFooter({ done, formError, submitting, submitLabel }: FooterProps) {
  return (
    <>
      {done !== null && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      <FormError message={formError} />
      <Group justify="flex-end">
        <Button type="submit" loading={submitting}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
