import { Alert, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { INDELING_LABELS, INDELINGEN, type Indeling } from '../../../electron/domain/rapportage';
import { RAPPORT_DEFINITIES } from '../../../electron/domain/rapportage-figuren';
import { periodOf } from '../../../electron/domain/doorlooptijd';
import { ChoiceSegments } from '../../components/Choice';
import { DateField } from '../../components/DateField';
import { navigate } from '../../lib/router';
import { useCall } from '../../lib/useCall';
import { ExportKnop } from '../../components/ExportKnop';
import { Grafieken } from './Grafieken';
import { JaarverslagKnop } from './JaarverslagKnop';
import { KengetallenTabel } from './KengetallenTabel';
import classes from './Rapportage.module.css';
import {
  leesVraag,
  periodeInput,
  PERIODE_SOORT_LABELS,
  PERIODE_SOORTEN,
  schrijfVraag,
  vandaag,
  verschuif,
  type PeriodeSoort,
  type Vraag,
} from './vraag';

const INDELING_OPTIONS = INDELINGEN.map((i) => ({ value: i, label: INDELING_LABELS[i] }));

/** The last day of the chosen period: the jaarverslag is that of the school year it falls in. */
const laatsteDag = (p: NonNullable<ReturnType<typeof periodeInput>>): string =>
  p.soort === 'vrij' ? p.tot : periodOf(p.datum, p.soort).to;

/** The section of the table last shown, so that the way back from a list finds it again. */
let laatsteSectie = 'aanvragen';

/**
 * §11: the kengetallen of a period, in total and per group, with the four charts. Every figure links
 * to the aanvragen behind it; the period and the breakdown live in the address.
 */
export function RapportagesScreen({ q }: { q: string | undefined }) {
  const vraag = useMemo(() => leesVraag(q), [q]);
  const [sectie, setSectie] = useState(laatsteSectie);
  laatsteSectie = sectie;
  const zet = (next: Vraag): void => navigate({ name: 'rapportages', q: schrijfVraag(next) });
  const periode = periodeInput(vraag);
  const input = periode === null ? null : { periode, indeling: vraag.indeling };
  const { data, error, loading } = useCall('rapportage.kengetallen', input, JSON.stringify(input));
  const shown = data !== null && input !== null ? data : null;
  // The figures first, the charts (recharts: most of the screen's rendering) a moment later, so
  // the table can be read and clicked while they are drawn.
  const grafiekData = useDeferredValue(shown);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2}>Rapportages</Title>
          <Text size="sm" c="dimmed">
            Kengetallen van een periode: aanvragen, besluiten, doorlooptijden, termijnen,
            opschortingen, bezwaren en de TLV’s die eindigen. Klik op een getal voor de aanvragen
            erachter.
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap">
          <JaarverslagKnop
            datum={periode === null ? null : laatsteDag(periode)}
            isSchooljaar={periode?.soort === 'schooljaar'}
          />
          {input !== null && <ExportKnop vraag={{ bron: 'rapportage', parameters: input }} />}
        </Group>
      </Group>
      <section aria-label="Periode en indeling" className={classes.kiezers ?? ''}>
        <ChoiceSegments
          aria-label="Soort periode"
          options={PERIODE_SOORTEN}
          labels={PERIODE_SOORT_LABELS}
          value={vraag.soort}
          onChange={(soort: PeriodeSoort) =>
            zet(
              soort === 'vrij' && vraag.soort !== 'vrij'
                ? {
                    ...vraag,
                    soort,
                    van: data?.periode.from ?? null,
                    tot: data?.periode.to ?? null,
                  }
                : { ...vraag, soort },
            )
          }
        />
        {vraag.soort === 'vrij' ? (
          <Group gap="sm" wrap="nowrap" align="flex-end">
            <DateField
              label="Van"
              value={vraag.van}
              onChange={(van) => zet({ ...vraag, van })}
              w={150}
            />
            <DateField
              label="Tot en met"
              value={vraag.tot}
              onChange={(tot) => zet({ ...vraag, tot })}
              w={150}
            />
          </Group>
        ) : (
          <Group gap={4} wrap="nowrap" align="center">
            <Button variant="default" size="sm" onClick={() => zet(verschuif(vraag, -1))}>
              ‹ Vorige
            </Button>
            <Text fw={700} className={classes.periodeLabel ?? ''} aria-live="polite">
              {data?.periode.label ?? '…'}
            </Text>
            <Button variant="default" size="sm" onClick={() => zet(verschuif(vraag, 1))}>
              Volgende ›
            </Button>
            <Button variant="subtle" size="sm" onClick={() => zet({ ...vraag, datum: vandaag() })}>
              Nu
            </Button>
          </Group>
        )}
        <Select
          label="Indeling"
          data={INDELING_OPTIONS}
          value={vraag.indeling}
          onChange={(v) =>
            zet({ ...vraag, indeling: INDELINGEN.find((i): i is Indeling => i === v) ?? 'geen' })
          }
          allowDeselect={false}
          w={200}
        />
      </section>
      {vraag.soort === 'vrij' && periode === null && (
        <Alert color="orange" variant="light">
          Vul een begin- en einddatum in; de einddatum ligt niet vóór de begindatum.
        </Alert>
      )}
      {error !== null && <Alert color="red">{error}</Alert>}
      {shown === null ? (
        loading && <Loader size="sm" aria-label="Rapportage laden" />
      ) : (
        <>
          {shown.leeg && (
            <Alert color="gray" variant="light" title={`Niets in ${shown.periode.label}`}>
              In deze periode is geen aanvraag ontvangen, besloten, ingetrokken, opgeschort of
              verdaagd, en geen bezwaar ontvangen of beslist. Kies een andere periode; de TLV’s die
              eindigen staan hieronder wel.
            </Alert>
          )}
          <KengetallenTabel data={shown} vraag={vraag} sectie={sectie} onSectie={setSectie} />
          <Text size="xs" c="dimmed">
            {RAPPORT_DEFINITIES}
          </Text>
          {grafiekData !== null && <Grafieken data={grafiekData} />}
        </>
      )}
    </Stack>
  );
}
