import { TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';

/** The address of a board or school, as the forms of both record it. */
interface Adres {
  adres: string | null;
  postcode: string | null;
  plaats: string | null;
}

/** Adres, postcode and plaats of the form around it (a FormProvider); a school needs its plaats. */
export function AdresVelden({ plaatsVerplicht = false }: { plaatsVerplicht?: boolean }) {
  const { register, formState } = useFormContext<Adres>();
  const e = formState.errors;
  return (
    <>
      <TextInput label="Adres" {...register('adres')} error={e.adres?.message} />
      <TextInput
        label="Postcode"
        maxLength={7}
        {...register('postcode')}
        error={e.postcode?.message}
      />
      <TextInput
        label="Plaats"
        withAsterisk={plaatsVerplicht}
        {...register('plaats')}
        error={e.plaats?.message}
      />
    </>
  );
}
