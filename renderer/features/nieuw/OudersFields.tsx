import { Checkbox, Fieldset, Stack, Textarea, TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { BEGELEIDER_NOTITIE_LABEL } from '../../lib/labels';
import type { RegisterInput } from './types';

const toNull = (v: string | null | undefined): string | null =>
  v == null || v.trim() === '' ? null : v;

export function OudersFields() {
  const { register, formState } = useFormContext<RegisterInput>();
  const e = formState.errors;
  return (
    <Fieldset legend="Ouders (met gezag)">
      <Stack>
        <div className="tla-form-grid">
          <TextInput
            label="Naam ouder(s)"
            withAsterisk
            {...register('oudersNaam')}
            error={e.oudersNaam?.message}
          />
          <TextInput
            label="Adres"
            withAsterisk
            {...register('oudersAdres')}
            error={e.oudersAdres?.message}
          />
          <TextInput
            label="Postcode"
            withAsterisk
            {...register('oudersPostcode')}
            error={e.oudersPostcode?.message}
          />
          <TextInput
            label="Plaats"
            withAsterisk
            {...register('oudersPlaats')}
            error={e.oudersPlaats?.message}
          />
        </div>
        <Checkbox
          label="De ouders stemmen in met de aanvraag"
          {...register('oudersAkkoord')}
          error={e.oudersAkkoord?.message}
        />
      </Stack>
    </Fieldset>
  );
}

export function BegeleiderFields() {
  const { register, formState } = useFormContext<RegisterInput>();
  const e = formState.errors;
  return (
    <Fieldset legend="Begeleider (steunpuntcoördinator of contactpersoon jonge kind)">
      <Stack>
        <TextInput
          label="Naam begeleider"
          maw={420}
          {...register('begeleiderNaam', { setValueAs: toNull })}
          error={e.begeleiderNaam?.message}
        />
        <Textarea
          label={BEGELEIDER_NOTITIE_LABEL}
          description="Voor de TLA-voorzitter, bijvoorbeeld: welke expertise nodig is bij dit dossier."
          autosize
          minRows={2}
          {...register('begeleiderNotitie', { setValueAs: toNull })}
          error={e.begeleiderNotitie?.message}
        />
      </Stack>
    </Fieldset>
  );
}
