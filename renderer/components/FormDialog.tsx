import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { FormError } from './FormFooter';

interface Props {
  opened: boolean;
  title: string;
  /** One calm sentence on what the step does (and what TLA makes of it, e.g. a letter). */
  intro?: ReactNode;
  submitLabel: string;
  submitting: boolean;
  /** The backend's message that belongs to no field. */
  formError: string | null;
  /** Something to do about the form error (issue 13: load the current data after a conflict). */
  formErrorAction?: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClose: () => void;
  children: ReactNode;
  size?: string;
}

/** A step as a dialog: the form, its server error above the buttons, Annuleren and the step itself. */
export function FormDialog(props: Props) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      centered
      size={props.size ?? 'lg'}
    >
      <form onSubmit={props.onSubmit} noValidate>
        <Stack>
          {props.intro !== undefined && <Text size="sm">{props.intro}</Text>}
          {props.children}
          <FormError message={props.formError} />
          {props.formErrorAction}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Annuleren
            </Button>
            <Button type="submit" loading={props.submitting}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
