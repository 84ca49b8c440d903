import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { DateReasonDialog } from '../../../components/DateReasonDialog';
import { Facts } from '../../../components/Facts';
import { Section } from '../../../components/Section';
import { formatDate } from '../../../lib/format';
import type { TermijnView } from '../../../lib/termijnen';
import { ConfirmSign } from '../ConfirmSign';
import { hasAction, type Aanvraag, type Action } from '../types';

const werkdagen = (n: number | null): string =>
  n === null ? '—' : n === 1 ? '1 werkdag' : `${n} werkdagen`;

const afwijzen = contract['besluit.buitenBehandelingAfwijzen'].input.omit({ aanvraagId: true });

interface Props {
  aanvraag: Aanvraag;
  actions: readonly Action[];
  termijn: TermijnView | null;
  onDone: () => void;
}

/**
 * Awb 4:5 and §7: the secretaresse proposed to put the aanvraag buiten behandeling; the
 * directeur-bestuurder decides (and signs the letter with the bezwaarclausule) or declines.
 */
export function BuitenBehandelingPanel({ aanvraag, actions, termijn, onDone }: Props) {
  const besluit = hasAction(actions, 'buiten_behandeling');
  const niet = hasAction(actions, 'wijs_buiten_behandeling_af');
  const [open, setOpen] = useState<'besluit' | 'afwijzen' | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (besluit === undefined && niet === undefined) return null;
  const verzoek = [...(termijn?.opschortingen ?? [])]
    .reverse()
    .find((o) => o.grond === 'awb_4_15_1a');
  const gevraagd = (verzoek?.toelichting ?? '').split('\n').filter((x) => x.trim() !== '');

  const neem = async (): Promise<void> => {
    setError(null);
    try {
      await call('besluit.buitenBehandeling', { aanvraagId: aanvraag.id });
      setOpen(null);
      onDone();
    } catch (e) {
      setOpen(null);
      setError(errorMessage(e));
    }
  };

  return (
    <Section title="Voorstel: buiten behandeling stellen">
      <Text size="sm">
        De secretaresse leerlingenzaken stelt voor deze aanvraag buiten behandeling te stellen: de
        school heeft de gevraagde aanvulling niet binnen de termijn geleverd (Awb 4:5). Het is uw
        besluit. Er volgt dan geen besluit over de toelaatbaarheid; de school kan een nieuwe
        aanvraag indienen, en ouders en school kunnen bezwaar maken.
      </Text>
      {verzoek !== undefined && (
        <>
          <Facts
            items={[
              { label: 'Aanvulling gevraagd op', value: formatDate(verzoek.start) },
              {
                label: 'Termijn',
                value: `${werkdagen(verzoek.termWerkdagen)}, tot en met ${formatDate(verzoek.termEnd)}`,
              },
              { label: 'Ontvangen', value: 'Niets binnen de termijn' },
            ]}
          />
          {gevraagd.length > 0 && (
            <div>
              <Text size="sm" fw={600}>
                Gevraagd
              </Text>
              <List size="sm">
                {gevraagd.map((g) => (
                  <List.Item key={g}>{g}</List.Item>
                ))}
              </List>
            </div>
          )}
        </>
      )}
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        {besluit !== undefined && (
          <Button color="red" onClick={() => setOpen('besluit')}>
            {besluit.label}
          </Button>
        )}
        {niet !== undefined && (
          <Button variant="default" onClick={() => setOpen('afwijzen')}>
            {niet.label}
          </Button>
        )}
      </Group>
      <ConfirmSign
        opened={open === 'besluit'}
        title="Aanvraag buiten behandeling stellen en ondertekenen?"
        confirmLabel="Buiten behandeling stellen en ondertekenen"
        onCancel={() => setOpen(null)}
        onConfirm={neem}
      >
        TLA maakt het besluit met de bezwaarclausule, met uw handtekening: een brief aan de school,
        met een afschrift aan de ouders. De secretaresse leerlingenzaken verzendt het; vanaf de dag
        daarna loopt de bezwaartermijn van zes weken. Het besluit kan niet meer worden gewijzigd.
      </ConfirmSign>
      {open === 'afwijzen' && niet !== undefined && (
        <DateReasonDialog
          title={niet.label}
          intro="De aanvraag wacht dan weer op de aanvulling van de school. Uw reden komt in de tijdlijn, voor de secretaresse leerlingenzaken."
          submitLabel={niet.label}
          size="md"
          schema={afwijzen}
          defaultValues={{ reden: '' }}
          reason={{ name: 'reden', label: 'Reden', required: true, minRows: 3, autofocus: true }}
          send={(values) =>
            call('besluit.buitenBehandelingAfwijzen', { aanvraagId: aanvraag.id, ...values })
          }
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone();
          }}
        />
      )}
    </Section>
  );
}
