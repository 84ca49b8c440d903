import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { FormError } from '../../components/FormFooter';
import { useContractForm } from '../../lib/useContractForm';
import { useLeaveGuard } from '../../lib/useLeaveGuard';

const schema = contract['instellingen.beveiligingZetten'].input;
type Values = z.input<typeof schema>;

/** Issue 13: whether a login from another computer needs a second factor (default on). */
export function BeveiligingForm({ initial }: { initial: Values }) {
  const { form, formError, handleServerError } = useContractForm(schema, {
    defaultValues: initial,
  });
  const [done, setDone] = useState(false);
  useLeaveGuard(form.formState);
  const save = form.handleSubmit(async (values) => {
    setDone(false);
    try {
      await call('instellingen.beveiligingZetten', values);
      form.reset(values);
      setDone(true);
    } catch (e) {
      handleServerError(e);
    }
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="beveiliging-instelling">
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack>
          <Title order={3} size="h4" id="beveiliging-instelling">
            Inloggen en tweestapsverificatie
          </Title>
          <Checkbox
            label="Tweede factor verplicht bij inloggen vanaf een andere computer"
            description="Wie vanaf een andere computer dan de TLA-server inlogt, geeft na het wachtwoord ook een code uit een app op de telefoon. Wie die nog niet heeft, stelt haar dan eerst in. Standaard aan; zet dit alleen uit als alle computers in een afgeschermd netwerk van het samenwerkingsverband staan."
            {...form.register('tweedeFactorOpAfstand')}
          />
          <Text size="sm" c="dimmed">
            Wie tweestapsverificatie heeft ingesteld, geeft de code altijd, ook op de TLA-server
            zelf.
          </Text>
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
