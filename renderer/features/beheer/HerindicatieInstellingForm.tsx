import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { FormError } from '../../components/FormFooter';
import { useContractForm } from '../../lib/useContractForm';
import { useLeaveGuard } from '../../lib/useLeaveGuard';

const schema = contract['instellingen.herindicatieZetten'].input;
type Values = z.input<typeof schema>;

/** §8 (setting): how many months before its end a TLV shows on the herindicatie radar (default 6). */
export function HerindicatieInstellingForm({ initial }: { initial: Values }) {
  const { form, formError, handleServerError } = useContractForm(schema, {
    defaultValues: initial,
  });
  const [done, setDone] = useState(false);
  useLeaveGuard(form.formState);
  const save = form.handleSubmit(async (values) => {
    setDone(false);
    try {
      await call('instellingen.herindicatieZetten', values);
      form.reset(values);
      setDone(true);
    } catch (e) {
      handleServerError(e);
    }
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="herindicatie-instelling">
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack>
          <Title order={3} size="h4" id="herindicatie-instelling">
            Herindicatieradar
          </Title>
          <Controller
            control={form.control}
            name="maanden"
            render={({ field }) => (
              <NumberInput
                label="Signaleren vanaf … maanden vóór de einddatum"
                description="Een lopende TLV die binnen zoveel maanden afloopt, staat bij de secretaresse leerlingenzaken op Mijn werk en bij Termijnen. Standaard 6."
                min={1}
                max={24}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                error={form.formState.errors.maanden?.message}
                maw={420}
              />
            )}
          />
          <FormError message={formError} />
          <Group justify="space-between">
            <Text size="sm" aria-live="polite">
              {done ? 'Opgeslagen.' : ''}
            </Text>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Opslaan
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
