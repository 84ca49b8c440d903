import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEventHandler, type ReactNode } from 'react';
import { Controller, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { FormError } from '../../components/FormFooter';
import { useContractForm } from '../../lib/useContractForm';
import { useLeaveGuard } from '../../lib/useLeaveGuard';

/**
 * One setting of Instellingen as a form of its own: checked by the contract's schema, saved by
 * `send`, 'Opgeslagen.' once it is, and a guard against leaving with unsaved changes.
 */
export function useInstellingForm<I extends FieldValues, O extends FieldValues>(
  schema: z.ZodType<O, I>,
  initial: DefaultValues<I>,
  send: (values: O) => Promise<unknown>,
) {
  const { form, formError, handleServerError } = useContractForm(schema, {
    defaultValues: initial,
  });
  const [done, setDone] = useState(false);
  useLeaveGuard(form.formState);
  const save = form.handleSubmit(async (values) => {
    setDone(false);
    try {
      await send(values);
      form.reset(values as unknown as I);
      setDone(true);
    } catch (e) {
      handleServerError(e);
    }
  });
  return { form, formError, done, save };
}

/** The frame of a setting's form: its title, the fields, a server error, 'Opgeslagen.' and Opslaan. */
export function InstellingSectie(props: {
  id: string;
  titel: string;
  formError: string | null;
  done: boolean;
  submitting: boolean;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={props.id}>
      <form onSubmit={props.onSubmit} noValidate>
        <Stack>
          <Title order={3} size="h4" id={props.id}>
            {props.titel}
          </Title>
          {props.children}
          <FormError message={props.formError} />
          <Group justify="space-between">
            <Text size="sm" aria-live="polite">
              {props.done ? 'Opgeslagen.' : ''}
            </Text>
            <Button type="submit" loading={props.submitting}>
              Opslaan
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** A setting that is one whole number (the largest PDF, the radar's months): its own form. */
export function GetalInstelling(props: {
  schema: z.ZodType<Record<string, number>, Record<string, number>>;
  veld: string;
  initial: Record<string, number>;
  send: (values: Record<string, number>) => Promise<unknown>;
  id: string;
  titel: string;
  label: string;
  description: string;
  min: number;
  max: number;
  maw: number;
}) {
  const { form, formError, done, save } = useInstellingForm(
    props.schema,
    props.initial,
    props.send,
  );
  return (
    <InstellingSectie
      id={props.id}
      titel={props.titel}
      formError={formError}
      done={done}
      submitting={form.formState.isSubmitting}
      onSubmit={(e) => void save(e)}
    >
      <Controller
        control={form.control}
        name={props.veld}
        render={({ field }) => (
          <NumberInput
            label={props.label}
            description={props.description}
            min={props.min}
            max={props.max}
            value={field.value}
            onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
            error={form.formState.errors[props.veld]?.message}
            maw={props.maw}
          />
        )}
      />
    </InstellingSectie>
  );
}
