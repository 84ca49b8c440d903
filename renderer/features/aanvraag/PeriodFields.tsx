import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { tlvEinddatum } from '../../../electron/domain/tlv-period';
import { SchoolsoortFields } from '../../components/SchoolsoortFields';
import type { Categorie, Schoolsoort } from '../../../electron/domain/types';

/** The fields an advice and the eindadvies share: schoolsoort, categorie (SO only) and period. */
export interface PeriodValues {
  schoolsoort: Schoolsoort | null;
  categorie: Categorie | null;
  ingangsdatum: string | null;
  einddatum: string | null;
}

const toNull = (v: string | null): string | null => (v === '' || v === null ? null : v);

export function PeriodFields() {
  const { register, watch, setValue, formState } = useFormContext<PeriodValues>();
  const ingang = watch('ingangsdatum');
  const e = formState.errors;

  // §8: a TLV ends on 31 July; the domain computes the date for 1–3 school years.
  const setYears = (years: number): void => {
    if (ingang !== null && ingang !== '')
      setValue('einddatum', tlvEinddatum(ingang, years), { shouldValidate: true });
  };

  return (
    <Stack gap="sm">
      <Group gap="xl" align="flex-start">
        <SchoolsoortFields />
      </Group>
      <Group align="flex-start" gap="md">
        <TextInput
          type="date"
          label="Ingangsdatum"
          w={180}
          {...register('ingangsdatum', { setValueAs: toNull })}
          error={e.ingangsdatum?.message}
        />
        <TextInput
          type="date"
          label="Einddatum"
          description="Altijd 31 juli"
          w={180}
          {...register('einddatum', { setValueAs: toNull })}
          error={e.einddatum?.message}
        />
      </Group>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          Einddatum na:
        </Text>
        {[1, 2, 3].map((n) => (
          <Button
            key={n}
            size="compact-sm"
            variant="default"
            disabled={ingang === null || ingang === ''}
            onClick={() => setYears(n)}
          >
            {n === 1 ? '1 schooljaar' : `${n} schooljaren`}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
