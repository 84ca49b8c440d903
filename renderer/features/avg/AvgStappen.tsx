import { Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import { contract } from '../../../electron/contract';
import { correctieVelden } from '../../../electron/contract/avg';
import { AVG_UITKOMST_LABELS } from '../../../electron/domain/avg-verzoeken';
import { call } from '../../api/client';
import { ChoiceField } from '../../components/Choice';
import { FormDateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { formatDate } from '../../lib/format';
import { useContractForm } from '../../lib/useContractForm';
import type { AvgVerzoek } from './labels';

interface StapProps {
  verzoek: AvgVerzoek;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

const verlengSchema = contract['avg.verleng'].input.omit({ verzoekId: true });

/** Art. 12 lid 3: two more months, told within the first month with the reasons (a letter). */
export function VerlengDialog({ verzoek, opened, onClose, onDone }: StapProps) {
  const { form, formError, submit } = useContractForm(verlengSchema, {
    defaultValues: { reden: '' },
    send: async (values) => {
      await call('avg.verleng', { verzoekId: verzoek.id, ...values });
      onDone();
    },
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title="Termijn verlengen"
      intro={`De termijn wordt drie maanden na ontvangst. Dit kan tot en met ${formatDate(verzoek.verlengenKanTot)} en maar één keer. TLA maakt de brief aan de verzoeker met de reden.`}
      submitLabel="Verlengen en brief maken"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
    >
      <Textarea
        label="Reden van de verlenging"
        description="De verzoeker leest deze reden in de brief (het verzoek is ingewikkeld, of er zijn veel verzoeken)."
        withAsterisk
        autosize
        minRows={3}
        {...form.register('reden')}
        error={form.formState.errors.reden?.message}
      />
    </FormDialog>
  );
}

const afhandelSchema = contract['avg.afhandel'].input.omit({ verzoekId: true });

/** The answer: the outcomes the domain allows (a deletion only as far as the retention permits). */
export function AfhandelDialog({ verzoek, opened, onClose, onDone }: StapProps) {
  const { form, formError, submit } = useContractForm(afhandelSchema, {
    defaultValues: {
      uitkomst: verzoek.toegestaneUitkomsten[0] ?? 'afgewezen',
      toelichting: '',
    },
    send: async (values) => {
      await call('avg.afhandel', { verzoekId: verzoek.id, ...values });
      onDone();
    },
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title="Verzoek afhandelen"
      intro="TLA maakt de antwoordbrief. Wie (deels) wordt afgewezen, leest de reden en kan bezwaar maken of een klacht indienen bij de Autoriteit Persoonsgegevens."
      submitLabel="Afhandelen en brief maken"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
    >
      <ChoiceField
        control={form.control}
        name="uitkomst"
        label="Uitkomst"
        options={verzoek.toegestaneUitkomsten}
        labels={AVG_UITKOMST_LABELS}
        withAsterisk
      />
      <Textarea
        label="Toelichting of reden"
        description="Verplicht bij een (gedeeltelijke) afwijzing: komt in de brief."
        autosize
        minRows={3}
        {...form.register('toelichting')}
        error={form.formState.errors.toelichting?.message}
      />
    </FormDialog>
  );
}

type Veld = keyof typeof correctieVelden.shape;
const VELDEN: readonly { value: Veld; label: string }[] = [
  { value: 'leerlingNaam', label: 'Naam van de leerling' },
  { value: 'leerlingGeboortedatum', label: 'Geboortedatum van de leerling' },
  { value: 'woonplaats', label: 'Woonplaats' },
  { value: 'gemeente', label: 'Gemeente' },
  { value: 'oudersNaam', label: 'Naam van de ouder(s)' },
  { value: 'oudersAdres', label: 'Adres van de ouder(s)' },
  { value: 'oudersPostcode', label: 'Postcode van de ouder(s)' },
  { value: 'oudersPlaats', label: 'Plaats van de ouder(s)' },
];

/** The Dutch name of a corrected field. */
export function veldLabel(veld: string): string {
  return VELDEN.find((v) => v.value === veld)?.label ?? veld;
}

const correctieSchema = z.object({
  aanvraagId: z
    .number({ error: 'Kies de aanvraag.' })
    .int()
    .positive({ error: 'Kies de aanvraag.' }),
  veld: z.enum(VELDEN.map((v) => v.value) as [Veld, ...Veld[]], { error: 'Kies het gegeven.' }),
  waarde: z.string().trim().min(1, { error: 'Vul de juiste waarde in.' }).max(200),
  reden: contract['avg.corrigeer'].input.shape.reden,
});

/** Art. 16: one datum of a linked aanvraag corrected, with the reason (kept in its history). */
export function CorrigeerDialog({ verzoek, opened, onClose, onDone }: StapProps) {
  const [first] = verzoek.aanvragen;
  const { form, formError, submit } = useContractForm(correctieSchema, {
    defaultValues: {
      aanvraagId: first?.aanvraagId ?? 0,
      veld: 'woonplaats',
      waarde: '',
      reden: '',
    },
    fields: ['aanvraagId', 'veld', 'waarde', 'reden'],
    send: async ({ aanvraagId, veld, waarde, reden }) => {
      await call('avg.corrigeer', {
        verzoekId: verzoek.id,
        aanvraagId,
        changes: { [veld]: waarde },
        reden,
      });
      form.reset({ aanvraagId, veld, waarde: '', reden: '' });
      onDone();
    },
  });
  const [veld, setVeld] = useState<Veld>('woonplaats');
  const err = form.formState.errors;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title="Gegevens corrigeren"
      intro="De oude waarde blijft in de geschiedenis van de aanvraag staan, met de reden en het kenmerk van dit verzoek. Een besluit dat al verzonden is, blijft zoals het is."
      submitLabel="Correctie vastleggen"
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
    >
      <Select
        label="Aanvraag"
        withAsterisk
        allowDeselect={false}
        data={verzoek.aanvragen.map((a) => ({ value: String(a.aanvraagId), label: a.referentie }))}
        value={String(form.watch('aanvraagId'))}
        onChange={(v) => v !== null && form.setValue('aanvraagId', Number(v))}
        error={err.aanvraagId?.message}
      />
      <Select
        label="Welk gegeven"
        withAsterisk
        allowDeselect={false}
        data={VELDEN.map((v) => ({ value: v.value, label: v.label }))}
        value={veld}
        onChange={(v) => {
          const next = VELDEN.find((x) => x.value === v)?.value;
          if (next === undefined) return;
          setVeld(next);
          form.setValue('veld', next);
          form.setValue('waarde', '');
        }}
        error={err.veld?.message}
      />
      {veld === 'leerlingGeboortedatum' ? (
        <FormDateField control={form.control} name="waarde" label="Juiste waarde" withAsterisk />
      ) : (
        <TextInput
          label="Juiste waarde"
          withAsterisk
          {...form.register('waarde')}
          error={err.waarde?.message}
        />
      )}
      <Textarea
        label="Reden"
        withAsterisk
        autosize
        minRows={2}
        {...form.register('reden')}
        error={err.reden?.message}
      />
    </FormDialog>
  );
}
