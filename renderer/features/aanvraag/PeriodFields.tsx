import { Button, Group, Stack, Text } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { tlvEinddatum } from '../../../electron/domain/tlv-period';
import { isIsoDate } from '../../lib/dutchDate';
import { FormDateField } from '../../components/DateField';
import { SchoolsoortFields } from '../../components/SchoolsoortFields';
import type { Categorie, Schoolsoort } from '../../../electron/domain/types';

/** The fields an advice and the eindadvies share: schoolsoort, categorie (SO only) and period. */
export interface PeriodValues {
  schoolsoort: Schoolsoort | null;
  categorie: Categorie | null;
  ingangsdatum: string | null;
  einddatum: string | null;
}

export function PeriodFields() {
  const { watch, setValue } = useFormContext<PeriodValues>();
  const ingang = watch('ingangsdatum');

  // §8: a TLV ends on 31 July; the domain computes the date for 1–3 school years.
  const setYears = (years: number): void => {
    if (isIsoDate(ingang))
      setValue('einddatum', tlvEinddatum(ingang, years), { shouldValidate: true });
  };

  return (
    <Stack gap="sm">
      <Group gap="xl" align="flex-start">
        <SchoolsoortFields />
      </Group>
      <Group align="flex-start" gap="md">
        <FormDateField<PeriodValues> name="ingangsdatum" label="Ingangsdatum" />
        <FormDateField<PeriodValues>
          name="einddatum"
          label="Einddatum"
          description="Altijd 31 juli"
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
            disabled={!isIsoDate(ingang)}
            onClick={() => setYears(n)}
          >
            {n === 1 ? '1 schooljaar' : `${n} schooljaren`}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
