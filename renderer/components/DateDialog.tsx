import { TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isoDate } from '../../electron/contract/schemas';
import { ApiError } from '../api/errors';
import { todayIso } from '../lib/termijnen';
import { useServerErrors } from '../lib/useServerErrors';
import { FormDialog } from './FormDialog';

const schema = z.object({ datum: isoDate });
type Values = z.infer<typeof schema>;

interface Props {
  title: string;
  intro?: ReactNode;
  label: string;
  description?: string;
  submitLabel: string;
  /** The name of the date in the procedure's input, so its server error shows under the field. */
  serverField?: string;
  /** Sends the step; throws the backend's error, which the dialog shows. */
  send: (datum: string) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

/** A step that needs one date (received on, resumed on, sent on), default today. */
export function DateDialog(props: Props) {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { datum: todayIso() },
  });
  const { formError, setFormError, handleServerError } = useServerErrors(form.setError, []);
  const field = props.serverField ?? 'datum';

  const fail = (err: unknown): void => {
    const issues = err instanceof ApiError ? err.issues : [];
    if (issues.length > 0 && issues.every((i) => i.path === field)) {
      form.setError('datum', { type: 'server', message: issues.map((i) => i.message).join(' ') });
      return;
    }
    handleServerError(err);
  };

  const submit = form.handleSubmit(async ({ datum }) => {
    setFormError(null);
    try {
      await props.send(datum);
      props.onDone();
    } catch (err) {
      fail(err);
    }
  });

  return (
    <FormDialog
      opened
      title={props.title}
      intro={props.intro}
      submitLabel={props.submitLabel}
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={props.onClose}
      size="md"
    >
      <TextInput
        type="date"
        label={props.label}
        description={props.description}
        withAsterisk
        w={220}
        data-autofocus
        {...form.register('datum')}
        error={form.formState.errors.datum?.message}
      />
    </FormDialog>
  );
}
