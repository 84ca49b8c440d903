import { Group, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormProvider, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { useContractForm } from '../lib/useContractForm';
import { FormDateField } from './DateField';
import { FormDialog } from './FormDialog';

interface DateField<I extends FieldValues> {
  name: Path<I>;
  label: string;
  description?: string;
  /** Marked as required (the schema decides). */
  required?: boolean;
  /** May stay empty: an empty field is sent as null. */
  optional?: boolean;
  /** Width in px (default 220). */
  w?: number;
  autofocus?: boolean;
}

interface ReasonField<I extends FieldValues> {
  name: Path<I>;
  label: string;
  description?: string;
  required?: boolean;
  minRows: number;
  autofocus?: boolean;
}

interface Props<I extends FieldValues, O extends FieldValues> {
  title: string;
  /** One calm sentence on what the step does (and what TLA makes of it, e.g. a letter). */
  intro?: ReactNode;
  submitLabel: string;
  size?: string;
  /** The procedure's input (without its ids): the dialog checks what the backend checks. */
  schema: z.ZodType<O, I>;
  defaultValues: DefaultValues<I>;
  /** One date, or several side by side. */
  dates?: readonly DateField<I>[];
  /** A reason (toelichting, samenvatting) under the dates. */
  reason?: ReasonField<I>;
  /** Fields before the dates (e.g. the legal ground); they find the form in its FormProvider. */
  children?: ReactNode;
  /** Sends the step; throws the backend's error, which the dialog shows at its field or above the buttons. */
  send: (values: O) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

const autofocus = (on: boolean | undefined) => (on === true ? { 'data-autofocus': true } : {});

/**
 * A step that asks a date or two and a reason (verdaging, intrekking, afwezigheid, the end of an
 * opschorting, a step of the bezwaar…), checked by the procedure's own schema; default today is
 * the caller's.
 */
export function DateReasonDialog<I extends FieldValues, O extends FieldValues>(props: Props<I, O>) {
  const { form, formError, submit } = useContractForm(props.schema, {
    defaultValues: props.defaultValues,
    send: async (values) => {
      await props.send(values);
      props.onDone();
    },
  });
  const errorOf = (name: Path<I>): string | undefined =>
    form.getFieldState(name, form.formState).error?.message;
  const dates = props.dates ?? [];

  const dateInput = (d: DateField<I>) => (
    <FormDateField
      key={d.name}
      control={form.control}
      name={d.name}
      label={d.label}
      description={d.description}
      withAsterisk={d.required ?? false}
      w={d.w ?? 220}
      autoFocus={d.autofocus}
    />
  );

  return (
    <FormProvider {...form}>
      <FormDialog
        opened
        title={props.title}
        intro={props.intro}
        submitLabel={props.submitLabel}
        submitting={form.formState.isSubmitting}
        formError={formError}
        onSubmit={submit}
        onClose={props.onClose}
        {...(props.size !== undefined ? { size: props.size } : {})}
      >
        {props.children}
        {dates.length === 1 && dates[0] !== undefined && dateInput(dates[0])}
        {dates.length > 1 && <Group align="flex-start">{dates.map(dateInput)}</Group>}
        {props.reason !== undefined && (
          <Textarea
            label={props.reason.label}
            description={props.reason.description}
            withAsterisk={props.reason.required ?? false}
            autosize
            minRows={props.reason.minRows}
            {...autofocus(props.reason.autofocus)}
            {...form.register(props.reason.name)}
            error={errorOf(props.reason.name)}
          />
        )}
      </FormDialog>
    </FormProvider>
  );
}
