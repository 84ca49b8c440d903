import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { useContractForm } from '../../lib/useContractForm';
import { useLeaveGuard } from '../../lib/useLeaveGuard';
import { FormError } from '../../components/FormFooter';

const schema = contract['instellingen.documentenZetten'].input;
type Values = z.input<typeof schema>;

/** The largest PDF the document store accepts (issue 4: a setting, default 100 MB). */
export function DocumentInstellingenForm({ initial }: { initial: Values }) {
  const { form, formError, handleServerError } = useContractForm(schema, {
    defaultValues: initial,
  });
  const [done, setDone] = useState(false);
  useLeaveGuard(form.formState);
  const save = form.handleSubmit(async (values) => {
    setDone(false);
    try {
      await call('instellingen.documentenZetten', values);
      form.reset(values);
      setDone(true);
    } catch (e) {
      handleServerError(e);
    }
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="documenten-instellingen">
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack>
          <Title order={3} size="h4" id="documenten-instellingen">
            Documenten
          </Title>
          <Controller
            control={form.control}
            name="maxMb"
            render={({ field }) => (
              <NumberInput
                label="Grootste PDF die wordt aangenomen (MB)"
                description="Een groter bestand wordt geweigerd met een duidelijke melding. Hoogstens 100 MB."
                min={1}
                max={100}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                error={form.formState.errors.maxMb?.message}
                maw={320}
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
