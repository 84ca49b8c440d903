import { NumberInput, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { DISCIPLINES, DISCIPLINE_LABELS } from '../../../electron/domain/types';
import { ChoicesField } from '../../components/Choice';
import type { Besturen } from '../../lib/scholen';
import { OrganisatieSelect } from './OrganisatieSelect';

/** What the beheerder records of a pool member, the same fields for adding and editing. */
export const poolMemberSchema = contract['pool.update'].input.omit({ deskundigeId: true });
type In = z.input<typeof poolMemberSchema>;
type Out = z.output<typeof poolMemberSchema>;

interface Props {
  besturen: Besturen;
  /** The names the backend gave for the organisations already chosen. */
  known?: readonly { key: string; naam: string }[];
  /** Extra fields first in the grid (the user to add). */
  first?: React.ReactNode;
}

/** Registratie, maximum, disciplines and "Werkt voor", inside a FormProvider of a pool form. */
export function PoolMemberFields({ besturen, known, first }: Props) {
  const form = useFormContext<In, unknown, Out>();
  const e = form.formState.errors;
  return (
    <>
      <div className="tla-form-grid">
        {first}
        <TextInput
          label="Registratie"
          description="Bijv. NVO-, NIP-, SKJ- of BIG-nummer"
          withAsterisk
          {...form.register('registratie')}
          error={e.registratie?.message}
        />
        <Controller
          control={form.control}
          name="maxOpen"
          render={({ field, fieldState }) => (
            <NumberInput
              label="Maximaal open dossiers"
              description="Leeg: geen maximum"
              min={1}
              max={100}
              allowDecimal={false}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
              error={fieldState.error?.message}
            />
          )}
        />
      </div>
      <ChoicesField
        control={form.control}
        name="disciplines"
        label="Disciplines"
        withAsterisk
        options={DISCIPLINES}
        labels={DISCIPLINE_LABELS}
      />
      <Controller
        control={form.control}
        name="organisatieKeys"
        render={({ field, fieldState }) => (
          <OrganisatieSelect
            besturen={besturen}
            known={known ?? []}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
    </>
  );
}
