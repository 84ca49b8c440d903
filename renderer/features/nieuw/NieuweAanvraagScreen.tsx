import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { registerInput } from '../../../electron/contract';
import { toIsoDateFromInstant } from '../../../electron/domain/calendar';
import { SWV_NIET_INGERICHT } from '../../../electron/domain/swv';
import { call } from '../../api/client';
import { navigate } from '../../lib/router';
import { useCall } from '../../lib/useCall';
import { useContractForm } from '../../lib/useContractForm';
import { useLeaveGuard } from '../../lib/useLeaveGuard';
import { AanvraagFields, LeerlingFields, SchoolField } from './LeerlingSchoolFields';
import { BegeleiderFields, OudersFields } from './OudersFields';
import { DocumentsField } from './DocumentsField';
import type { RegisterInput } from './types';

function defaults(): RegisterInput {
  return {
    soort: 'zij_instroom',
    leerlingNaam: '',
    leerlingGeboortedatum: '',
    groep: null,
    woonplaats: '',
    gemeente: '',
    schoolId: 0,
    schoolsoort: 'SBO',
    categorie: null,
    gewensteStartdatum: null,
    oudersNaam: '',
    oudersAdres: '',
    oudersPostcode: '',
    oudersPlaats: '',
    oudersAkkoord: true,
    begeleiderNaam: null,
    begeleiderNotitie: null,
    ontvangenOp: toIsoDateFromInstant(new Date()),
    documents: [],
  };
}

export function NieuweAanvraagScreen() {
  const { form, formError, handleServerError } = useContractForm(registerInput, {
    defaultValues: defaults(),
  });
  const scholen = useCall('scholen.list', {}, 'scholen');
  const swv = useCall('swv.get', {}, 'swv');
  useLeaveGuard(form.formState);
  const { isSubmitting, errors } = form.formState;
  const hasErrors = Object.keys(errors).length > 0;

  const submit = form.handleSubmit(async (values) => {
    try {
      const result = await call('aanvraag.register', values);
      navigate({ name: 'aanvraag', id: result.id });
    } catch (e) {
      handleServerError(e);
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-labelledby="nieuw-titel">
        <Stack gap="lg" maw={960}>
          <div>
            <Title order={2} id="nieuw-titel">
              Nieuwe aanvraag
            </Title>
            <Text size="sm" c="dimmed">
              Registreer een ontvangen TLV-aanvraag met de documenten van het dossier.
            </Text>
          </div>
          {swv.data !== null && !swv.data.ingesteld && (
            <Alert color="orange" variant="light" title="Nog niet mogelijk">
              {SWV_NIET_INGERICHT}; daarna kunt u aanvragen registreren.
            </Alert>
          )}
          <LeerlingFields besturen={scholen.data} />
          <SchoolField scholen={scholen} />
          <AanvraagFields />
          <OudersFields />
          <BegeleiderFields />
          <DocumentsField />
          {(formError !== null || hasErrors) && (
            <Alert color="red" role="alert">
              {formError ??
                'Niet alle velden zijn goed ingevuld. Kijk de rood gemarkeerde velden na.'}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate({ name: 'werk' })}>
              Annuleren
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Aanvraag registreren
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
