import { Group, Textarea, TextInput } from '@mantine/core';
import { avgRegistreerInput } from '../../../electron/contract/avg';
import {
  AVG_VERZOEK_SOORT_LABELS,
  AVG_VERZOEK_SOORTEN,
  AVG_VERZOEKER_LABELS,
  AVG_VERZOEKERS,
} from '../../../electron/domain/avg-verzoeken';
import { call } from '../../api/client';
import { ChoiceField } from '../../components/Choice';
import { FormDateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { navigate } from '../../lib/router';
import { todayIso } from '../../lib/termijnen';
import { useContractForm } from '../../lib/useContractForm';

/** §12: a request of ouders as it came in (letter, e-mail, form); the term starts on receipt. */
export function AvgRegistreerDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { form, formError, submit } = useContractForm(avgRegistreerInput, {
    defaultValues: {
      soort: 'inzage',
      verzoeker: 'ouder',
      verzoekerNaam: '',
      verzoekerAdres: '',
      verzoekerPostcode: '',
      verzoekerPlaats: '',
      leerlingNaam: '',
      leerlingGeboortedatum: '',
      ontvangenOp: todayIso(),
      omschrijving: null,
    },
    send: async (values) => {
      const { id } = await call('avg.registreer', values);
      form.reset();
      onClose();
      navigate({ name: 'avgVerzoek', id });
    },
  });
  const err = form.formState.errors;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title="Verzoek van ouders registreren"
      intro="Vul in wat er gevraagd is en door wie. Met de naam en de geboortedatum van de leerling zoekt TLA de aanvragen; u bevestigt welke erbij horen. De termijn van een maand begint op de dag van ontvangst."
      submitLabel="Verzoek registreren"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      size="xl"
    >
      <ChoiceField
        control={form.control}
        name="soort"
        label="Wat wordt er gevraagd?"
        options={AVG_VERZOEK_SOORTEN}
        labels={AVG_VERZOEK_SOORT_LABELS}
        withAsterisk
      />
      <ChoiceField
        control={form.control}
        name="verzoeker"
        label="Wie vraagt het?"
        options={AVG_VERZOEKERS}
        labels={AVG_VERZOEKER_LABELS}
        withAsterisk
      />
      <div className="tla-form-grid">
        <TextInput
          label="Naam van de verzoeker"
          withAsterisk
          {...form.register('verzoekerNaam')}
          error={err.verzoekerNaam?.message}
        />
        <TextInput
          label="Adres"
          withAsterisk
          {...form.register('verzoekerAdres')}
          error={err.verzoekerAdres?.message}
        />
        <Group grow align="flex-start" wrap="nowrap">
          <TextInput
            label="Postcode"
            withAsterisk
            {...form.register('verzoekerPostcode')}
            error={err.verzoekerPostcode?.message}
          />
          <TextInput
            label="Plaats"
            withAsterisk
            {...form.register('verzoekerPlaats')}
            error={err.verzoekerPlaats?.message}
          />
        </Group>
      </div>
      <Group align="flex-start" wrap="nowrap">
        <TextInput
          label="Naam van de leerling"
          withAsterisk
          style={{ flex: 1 }}
          {...form.register('leerlingNaam')}
          error={err.leerlingNaam?.message}
        />
        <FormDateField
          control={form.control}
          name="leerlingGeboortedatum"
          label="Geboortedatum leerling"
          withAsterisk
          w={190}
        />
        <FormDateField
          control={form.control}
          name="ontvangenOp"
          label="Ontvangen op"
          withAsterisk
          w={190}
        />
      </Group>
      <Textarea
        label="Wat vraagt de verzoeker precies?"
        description="Bijvoorbeeld welke gegevens onjuist zijn. Komt in het overzicht voor de verzoeker."
        autosize
        minRows={2}
        {...form.register('omschrijving')}
        error={err.omschrijving?.message}
      />
    </FormDialog>
  );
}
