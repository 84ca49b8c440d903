import { Alert, Select, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { Controller, FormProvider } from 'react-hook-form';
import type { z } from 'zod';
import { contract, type OutputOf } from '../../../electron/contract';
import { LBT, stelSwvCodeVoor } from '../../../electron/domain/swv';
import { call } from '../../api/client';
import { ChoiceField } from '../../components/Choice';
import { FormFooter } from '../../components/FormFooter';
import { Section } from '../../components/Section';
import { useContractForm } from '../../lib/useContractForm';
import { useLeaveGuard } from '../../lib/useLeaveGuard';

const schema = contract['swv.zetten'].input;
type Values = z.input<typeof schema>;
type Swv = OutputOf<'swv.get'>;
type User = OutputOf<'users.list'>[number];

const SOORTEN = ['lbt', 'eigen'] as const;
const SOORT_LABELS = {
  lbt: 'De Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring (LBT) van Onderwijsgeschillen',
  eigen: 'Een eigen bezwaaradviescommissie van het samenwerkingsverband',
} as const;
const LEEG_ORGAAN = { naam: '', adres: '', postcode: '', plaats: '' };

type Gegevens = NonNullable<Swv['gegevens']>;

/** Stored details as the form holds them (an empty contact detail is '' in the form, null stored). */
function alsFormulier(g: Gegevens): Values {
  return { ...g, telefoon: g.telefoon ?? '', email: g.email ?? '', website: g.website ?? '' };
}

function beginwaarden(swv: Swv): Values {
  const g = swv.gegevens;
  if (g === null)
    return {
      naam: '',
      registratienummer: '',
      code: '',
      adres: '',
      postcode: '',
      plaats: '',
      telefoon: '',
      email: '',
      website: '',
      directeurUserId: null,
      bezwaaradvies: { ...LBT },
    };
  return alsFormulier(g);
}

/** The SWV's details: letterhead, code of the volgnummers, signer, bezwaar body; one save. */
export function SwvForm({
  swv,
  users,
  onSaved,
  logo,
}: {
  swv: Swv;
  users: readonly User[];
  onSaved: () => void;
  /** The logo's section, shown with the letterhead (it saves on its own). */
  logo: ReactNode;
}) {
  const [done, setDone] = useState<string | null>(null);
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: beginwaarden(swv),
    send: async (values) => {
      setDone(null);
      // The backend parses the form's own values (an empty contact detail is '').
      await call('swv.zetten', form.getValues());
      form.reset(alsFormulier(values)); // as stored: postcode and number in their usual form
      setDone(
        'De gegevens zijn opgeslagen. Elke nieuwe brief gebruikt ze vanaf nu; al gemaakte brieven blijven zoals ze zijn.',
      );
      onSaved();
    },
  });
  useLeaveGuard(form.formState);
  const e = form.formState.errors;
  const codeVast = swv.afgegevenVolgnummers > 0;
  // The code follows the registration number until the beheerder types a code of their own.
  const voorstel = useRef(stelSwvCodeVoor(beginwaarden(swv).registratienummer));
  const registratienummer = form.register('registratienummer');
  const soort = form.watch('bezwaaradvies.soort');
  const directeuren = users.filter((u) => u.active && u.roles.includes('directeur'));

  const stelCodeVoor = (nummer: string): void => {
    const nieuw = stelSwvCodeVoor(nummer);
    const code = form.getValues('code');
    if (!codeVast && nieuw !== null && (code === '' || code === voorstel.current)) {
      form.setValue('code', nieuw, { shouldDirty: true });
      voorstel.current = nieuw;
    }
  };

  const kiesSoort = (nieuw: 'lbt' | 'eigen'): void => {
    const huidig = form.getValues('bezwaaradvies');
    const isLbt =
      huidig.naam === LBT.naam && huidig.adres === LBT.adres && huidig.postcode === LBT.postcode;
    const velden = nieuw === 'lbt' ? LBT : isLbt ? LEEG_ORGAAN : huidig;
    for (const veld of ['naam', 'adres', 'postcode', 'plaats'] as const)
      form.setValue(`bezwaaradvies.${veld}`, velden[veld], { shouldDirty: true });
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label="Gegevens van het samenwerkingsverband">
        <Stack gap="lg">
          <Section title="Naam en adres">
            <Text size="sm" c="dimmed">
              Zo staat het samenwerkingsverband bovenaan elke brief, de TLV-verklaring en de
              notulen.
            </Text>
            <TextInput
              label="Naam van het samenwerkingsverband"
              withAsterisk
              {...form.register('naam')}
              error={e.naam?.message}
            />
            <div className="tla-form-grid">
              <TextInput
                label="Registratienummer"
                description="Zoals DUO het kent, bijvoorbeeld PO 25-05."
                withAsterisk
                {...registratienummer}
                onChange={(ev) => {
                  void registratienummer.onChange(ev);
                  stelCodeVoor(ev.currentTarget.value);
                }}
                error={e.registratienummer?.message}
              />
              <TextInput
                label="Code in de TLV-volgnummers"
                description={
                  codeVast
                    ? `Staat al in ${swv.afgegevenVolgnummers} afgegeven TLV-volgnummers en is niet meer te wijzigen.`
                    : 'Elk volgnummer begint hiermee, bijvoorbeeld PO2505-2026-0001.'
                }
                withAsterisk
                readOnly={codeVast}
                {...form.register('code')}
                error={e.code?.message}
              />
            </div>
            <TextInput
              label="Adres"
              description="Straat en huisnummer, of postbus."
              withAsterisk
              {...form.register('adres')}
              error={e.adres?.message}
            />
            <div className="tla-form-grid">
              <TextInput
                label="Postcode"
                withAsterisk
                {...form.register('postcode')}
                error={e.postcode?.message}
              />
              <TextInput
                label="Plaats"
                withAsterisk
                {...form.register('plaats')}
                error={e.plaats?.message}
              />
            </div>
          </Section>

          <Section title="Contact in het briefhoofd">
            <Text size="sm" c="dimmed">
              Niet verplicht. Wat u invult, staat onder de naam in het briefhoofd.
            </Text>
            <div className="tla-form-grid">
              <TextInput
                label="Telefoon"
                autoComplete="off"
                {...form.register('telefoon')}
                error={e.telefoon?.message}
              />
              <TextInput
                label="E-mail"
                type="email"
                autoComplete="off"
                {...form.register('email')}
                error={e.email?.message}
              />
              <TextInput
                label="Website"
                autoComplete="off"
                {...form.register('website')}
                error={e.website?.message}
              />
            </div>
          </Section>

          {logo}

          <Section title="Ondertekening">
            <Controller
              control={form.control}
              name="directeurUserId"
              render={({ field, fieldState }) => (
                <Select
                  label="Directeur-bestuurder die de brieven ondertekent"
                  description={
                    directeuren.length === 0
                      ? 'Er is nog geen gebruiker met de rol directeur-bestuurder. Maak die aan bij Gebruikers en kies hier daarna wie ondertekent.'
                      : 'Zijn of haar naam staat onder de besluiten en, namens hem of haar, onder de andere brieven.'
                  }
                  placeholder="Nog niet gekozen"
                  clearable
                  disabled={directeuren.length === 0}
                  data={directeuren.map((u) => ({ value: String(u.id), label: u.naam }))}
                  value={field.value === null ? null : String(field.value)}
                  onChange={(v) => field.onChange(v === null ? null : Number(v))}
                  error={fieldState.error?.message}
                />
              )}
            />
            {swv.directeur !== null && !swv.directeur.actief && (
              <Alert color="orange" variant="light">
                {swv.directeur.naam} is geen actieve directeur-bestuurder meer. Kies wie nu
                ondertekent; tot dan ondertekent de eerste actieve directeur-bestuurder.
              </Alert>
            )}
          </Section>

          <Section title="Bezwaar">
            <Text size="sm">
              Ouders en school sturen een bezwaarschrift naar het samenwerkingsverband. Het
              samenwerkingsverband vraagt daarover advies aan een onafhankelijke commissie. De
              bezwaarclausule in de besluiten noemt deze commissie met haar adres.
            </Text>
            <ChoiceField
              name="bezwaaradvies.soort"
              label="Commissie die over een bezwaar adviseert"
              withAsterisk
              layout="column"
              options={SOORTEN}
              labels={SOORT_LABELS}
              onPick={kiesSoort}
            />
            <TextInput
              label="Naam van de commissie"
              withAsterisk
              {...form.register('bezwaaradvies.naam')}
              error={e.bezwaaradvies?.naam?.message}
            />
            <TextInput
              label="Adres van de commissie"
              description={
                soort === 'lbt'
                  ? 'Het postadres van Onderwijsgeschillen. Pas het aan als het verandert.'
                  : 'Straat en huisnummer, of postbus.'
              }
              withAsterisk
              {...form.register('bezwaaradvies.adres')}
              error={e.bezwaaradvies?.adres?.message}
            />
            <div className="tla-form-grid">
              <TextInput
                label="Postcode van de commissie"
                withAsterisk
                {...form.register('bezwaaradvies.postcode')}
                error={e.bezwaaradvies?.postcode?.message}
              />
              <TextInput
                label="Plaats van de commissie"
                withAsterisk
                {...form.register('bezwaaradvies.plaats')}
                error={e.bezwaaradvies?.plaats?.message}
              />
            </div>
          </Section>

          <FormFooter
            done={done}
            formError={formError}
            submitting={form.formState.isSubmitting}
            submitLabel="Gegevens opslaan"
          />
        </Stack>
      </form>
    </FormProvider>
  );
}
