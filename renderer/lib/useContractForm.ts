import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import { z } from 'zod';
import { useServerErrors } from './useServerErrors';

/** The fields an object schema names: a server issue at one of them shows at that field. */
function fieldsOf(schema: z.ZodType): readonly string[] | undefined {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}

interface Options<I extends FieldValues, O extends FieldValues> {
  defaultValues: DefaultValues<I>;
  /**
   * The fields that show their own server error; by default the keys of an object schema. Any
   * other issue is shown above the buttons.
   */
  fields?: readonly string[];
  /**
   * Sends the parsed values (the call and what follows it) for `submit`; a failure lands at its
   * fields or above the buttons.
   */
  send?: (values: O) => Promise<void>;
}

/**
 * A form checked by a schema of the contract, the same one the backend checks: react-hook-form with
 * the schema's resolver, the backend's errors at their fields (useServerErrors), and `submit` — clear
 * the last server error, `send`, show a failure.
 */
export function useContractForm<I extends FieldValues, O extends FieldValues>(
  schema: z.ZodType<O, I>,
  { defaultValues, fields, send }: Options<I, O>,
) {
  const form = useForm<I, unknown, O>({ resolver: zodResolver(schema), defaultValues });
  const known = useMemo(() => fields ?? fieldsOf(schema), [fields, schema]);
  const { formError, setFormError, handleServerError } = useServerErrors(form.setError, known);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await send?.(values);
    } catch (err) {
      handleServerError(err);
    }
  });
  return { form, formError, setFormError, handleServerError, submit };
}
