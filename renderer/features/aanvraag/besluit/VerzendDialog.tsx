import { Alert, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useWatch, type Control } from 'react-hook-form';
import { contract, type InputOf } from '../../../../electron/contract';
import { bezwaartermijn, validateVerzondenOp } from '../../../../electron/domain/bezwaar';
import { isIsoDate } from '../../../../electron/domain/calendar';
import { call } from '../../../api/client';
import { FormDateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { formatDate } from '../../../lib/format';
import { todayIso } from '../../../lib/termijnen';
import { useContractForm } from '../../../lib/useContractForm';
import { hasAction, type Aanvraag, type Action } from '../types';

// Awb 6:8: "Besluit verzenden" asks the day the decision went out; the bezwaartermijn runs from the
// day after. The dialog says, from the domain's rules, what the chosen day means before it is saved.

const schema = contract['aanvraag.verzend'].input.omit({ aanvraagId: true });
type Values = Omit<InputOf<'aanvraag.verzend'>, 'aanvraagId'>;

/** What sending on the chosen day means: the bezwaartermijn, or why the day cannot be. */
function Gevolg({ control, besluitdatum }: { control: Control<Values>; besluitdatum: string }) {
  const verzondenOp = useWatch({ control, name: 'verzondenOp' });
  if (typeof verzondenOp !== 'string' || !isIsoDate(verzondenOp)) return null;
  const check = validateVerzondenOp({ besluitdatum, verzondenOp, today: todayIso() });
  if (!check.ok) return null; // the field says why when the step is tried
  const termijn = bezwaartermijn(verzondenOp);
  return (
    <Alert color="blue" variant="light" title="Wat er gebeurt" role="status">
      <Text size="sm">
        TLA legt vast dat het besluit op {formatDate(verzondenOp)} is verzonden. De bezwaartermijn
        van zes weken loopt dan van {formatDate(termijn.van)} tot en met{' '}
        <strong>{formatDate(termijn.totEnMet)}</strong>: tot die dag kunnen ouders en school bezwaar
        maken (Awb 6:7 en 6:8). De verzenddatum kunt u daarna niet meer wijzigen.
      </Text>
    </Alert>
  );
}

interface DialogProps {
  aanvraagId: number;
  title: string;
  besluitdatum: string;
  onClose: () => void;
  onDone: () => void;
}

function VerzendDialog({ aanvraagId, title, besluitdatum, onClose, onDone }: DialogProps) {
  const today = todayIso();
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: { verzondenOp: today },
    send: async (values) => {
      await call('aanvraag.verzend', { aanvraagId, ...values });
      onDone();
    },
  });
  return (
    <FormProvider {...form}>
      <FormDialog
        opened
        title={title}
        intro={`Op welke dag zijn de verklaring en de brieven verstuurd? Niet vóór de besluitdatum (${formatDate(besluitdatum)}) en niet later dan vandaag.`}
        submitLabel="Verzending vastleggen"
        submitting={form.formState.isSubmitting}
        formError={formError}
        onSubmit={submit}
        onClose={onClose}
        size="md"
      >
        <FormDateField
          control={form.control}
          name="verzondenOp"
          label="Verzonden op"
          withAsterisk
          minDate={besluitdatum}
          maxDate={today}
          w={220}
          autoFocus
        />
        <Gevolg control={form.control} besluitdatum={besluitdatum} />
      </FormDialog>
    </FormProvider>
  );
}

interface Props {
  aanvraag: Aanvraag;
  actions: readonly Action[];
  onDone: () => void;
}

/** The "Besluit verzenden" step of the secretaris, with its dialog. */
export function VerzendKnop({ aanvraag, actions, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const verzend = hasAction(actions, 'verzend');
  if (verzend === undefined || aanvraag.besluit === null) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} w="fit-content">
        {verzend.label}
      </Button>
      {open && (
        <VerzendDialog
          aanvraagId={aanvraag.id}
          title={verzend.label}
          besluitdatum={aanvraag.besluit.besluitdatum}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onDone();
          }}
        />
      )}
    </>
  );
}
