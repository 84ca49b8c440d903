import { Checkbox, Text } from '@mantine/core';
import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { InstellingSectie, useInstellingForm } from './InstellingSectie';

const schema = contract['instellingen.beveiligingZetten'].input;
type Values = z.input<typeof schema>;

/** Issue 13: whether a login from another computer needs a second factor (default on). */
export function BeveiligingForm({ initial }: { initial: Values }) {
  const { form, formError, done, save } = useInstellingForm(schema, initial, (values) =>
    call('instellingen.beveiligingZetten', values),
  );
  return (
    <InstellingSectie
      id="beveiliging-instelling"
      titel="Inloggen en tweestapsverificatie"
      formError={formError}
      done={done}
      submitting={form.formState.isSubmitting}
      onSubmit={(e) => void save(e)}
    >
      <Checkbox
        label="Tweede factor verplicht bij inloggen vanaf een andere computer"
        description="Wie vanaf een andere computer dan de TLA-server inlogt, geeft na het wachtwoord ook een code uit een app op de telefoon. Wie die nog niet heeft, stelt haar dan eerst in. Standaard aan; zet dit alleen uit als alle computers in een afgeschermd netwerk van het samenwerkingsverband staan."
        {...form.register('tweedeFactorOpAfstand')}
      />
      <Text size="sm" c="dimmed">
        Wie tweestapsverificatie heeft ingesteld, geeft de code altijd, ook op de TLA-server zelf.
      </Text>
    </InstellingSectie>
  );
}
