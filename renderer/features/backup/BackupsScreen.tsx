import {
  Alert,
  Button,
  Group,
  Loader,
  NumberInput,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../electron/contract';
import { BACKUP_REDEN_LABELS, MIN_GENERATIES } from '../../../electron/domain/backup';
import { call, kiesMap, kiesMapBeschikbaar } from '../../api/client';
import { ApiError, errorMessage } from '../../api/errors';
import { useAuth } from '../../app/auth';
import { Section } from '../../components/Section';
import { Uitslag, type UitslagMelding } from '../../components/Uitslag';
import { ConfirmDialog } from '../beheer/ConfirmDialog';
import { formatDateTime } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { DocumentSchade } from './DocumentSchade';
import { GeneratiesTabel } from './GeneratiesTabel';
import { HerstelsleutelDialog } from './HerstelsleutelDialog';
import { TerugzettenDialog, type GeneratieRij } from './TerugzettenDialog';

type Status = OutputOf<'backup.status'>;

/** Beheer › Back-ups (issue 11): where the backups go, the herstelsleutel, the generations. */
export function BackupsScreen() {
  const { data, error, loading, reload } = useCall('backup.status', {}, 'backup');
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={2}>Back-ups</Title>
        <Text size="sm" c="dimmed">
          TLA maakt elke dag een versleutelde back-up van de database en de documenten, en ook vóór
          elke update. Elke back-up wordt na het schrijven gecontroleerd.
        </Text>
      </div>
      <DocumentSchade opBackups />
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Back-ups laden" />}
      {data !== null && <Inhoud status={data} reload={reload} />}
    </Stack>
  );
}

function Inhoud({ status, reload }: { status: Status; reload: () => void }) {
  const [melding, setMelding] = useState<UitslagMelding | null>(null);
  // When this screen started a backup (ISO), until its answer arrives.
  const [bezig, setBezig] = useState<string | null>(null);
  const [terug, setTerug] = useState<GeneratieRij | null>(null);
  const { toLogin } = useAuth();
  const laatste = status.pogingen[0];
  const loopt = bezig !== null || status.bezig !== null;
  // While a backup runs (this one, or the daily one), the screen asks how far it is every second.
  useEffect(() => {
    if (!loopt) return undefined;
    const timer = setInterval(reload, 1000);
    return () => clearInterval(timer);
  }, [loopt, reload]);
  return (
    <>
      {status.waarschuwing !== null && status.ingesteld && (
        <Alert color="orange" title="Let op">
          {status.waarschuwing}
        </Alert>
      )}
      {laatste !== undefined && !laatste.ok && (
        <Alert color="red" title="De laatste back-up is mislukt">
          {formatDateTime(laatste.at)}: {laatste.melding}
        </Alert>
      )}
      <Section
        title="Laatste geslaagde back-up"
        actions={
          <Button
            loading={loopt}
            disabled={!status.ingesteld || loopt}
            onClick={() => {
              setBezig(new Date().toISOString());
              setMelding(null);
              call('backup.maken', {}).then(
                (r) => {
                  setBezig(null);
                  setMelding(
                    r.goed
                      ? { color: 'green', text: 'De back-up is gemaakt en gecontroleerd.' }
                      : { color: 'red', text: `De back-up is mislukt: ${r.melding ?? ''}` },
                  );
                  reload();
                },
                (e: unknown) => {
                  setBezig(null);
                  setMelding({ color: 'red', text: errorMessage(e) });
                  // Refused because the daily one runs: show that one's progress.
                  reload();
                },
              );
              // Ask at once how far it is, not only after the first second.
              reload();
            }}
          >
            Nu een back-up maken
          </Button>
        }
      >
        <Text size="sm">
          {status.laatsteGoed === null
            ? 'Er is nog geen geslaagde back-up.'
            : `${formatDateTime(status.laatsteGoed.at)}.`}
          {!status.ingesteld && ' Stel hieronder eerst de map en de herstelsleutel in.'}
        </Text>
        {loopt && (
          <Voortgang
            bezig={
              status.bezig ?? {
                sinds: bezig ?? new Date().toISOString(),
                reden: 'handmatig',
                fase: 'database',
                gedaan: 0,
                totaal: 1,
              }
            }
          />
        )}
        <Uitslag melding={melding} onClose={() => setMelding(null)} />
      </Section>
      <MapSection status={status} reload={reload} />
      <HerstelsleutelSection status={status} reload={reload} />
      <Section title="Generaties">
        {status.mapFout !== null && <Alert color="red">{status.mapFout}</Alert>}
        {status.generaties.length === 0 ? (
          <Text size="sm" c="dimmed">
            Er staan nog geen back-ups in de map.
          </Text>
        ) : (
          <GeneratiesTabel
            generaties={status.generaties}
            label="Generaties"
            onTerugzetten={setTerug}
          />
        )}
      </Section>
      {terug !== null && (
        <TerugzettenDialog
          generatie={terug}
          vraagHerstelsleutel={!status.opentZonderHerstelsleutel}
          run={(input) =>
            call('backup.terugzetten', { generatie: terug.id, bevestigd: true, ...input })
          }
          onClose={() => setTerug(null)}
          onDone={() =>
            toLogin(`De back-up van ${formatDateTime(terug.at)} is teruggezet. Log opnieuw in.`)
          }
        />
      )}
    </>
  );
}

const FASE_TEKST: Record<NonNullable<Status['bezig']>['fase'], string> = {
  database: 'De database wordt gekopieerd.',
  documenten: 'De documenten worden versleuteld gekopieerd.',
  controle: 'De back-up wordt gecontroleerd.',
};

/** A backup in progress: what it does and how far; TLA keeps working meanwhile. */
function Voortgang({ bezig }: { bezig: NonNullable<Status['bezig']> }) {
  const deel = bezig.totaal > 0 ? bezig.gedaan / bezig.totaal : 0;
  const procent =
    bezig.fase === 'database' ? 5 : bezig.fase === 'documenten' ? 10 + Math.round(75 * deel) : 90;
  return (
    <Alert color="blue" title="Er wordt een back-up gemaakt" role="status">
      <Stack gap={6}>
        <Text size="sm">
          {BACKUP_REDEN_LABELS[bezig.reden]}, begonnen om {formatDateTime(bezig.sinds)}.{' '}
          {FASE_TEKST[bezig.fase]}
          {bezig.fase === 'documenten' && ` (${bezig.gedaan} van ${bezig.totaal})`}
        </Text>
        <Progress value={procent} animated striped aria-label="Voortgang van de back-up" />
        <Text size="xs" c="dimmed">
          U kunt intussen gewoon verder werken; de back-up loopt op de achtergrond.
        </Text>
      </Stack>
    </Alert>
  );
}

function MapSection({ status, reload }: { status: Status; reload: () => void }) {
  const [map, setMap] = useState(status.map ?? '');
  const [aantal, setAantal] = useState<number | string>(status.bewaren);
  const [mapFout, setMapFout] = useState<string | null>(null);
  const [aantalFout, setAantalFout] = useState<string | null>(null);
  const [opgeslagen, setOpgeslagen] = useState<string | null>(null);
  const venster = kiesMapBeschikbaar();
  const save = (run: () => Promise<unknown>, setFout: (m: string | null) => void, done: string) => {
    setFout(null);
    setOpgeslagen(null);
    run().then(
      () => {
        setOpgeslagen(done);
        reload();
      },
      (e: unknown) => setFout(e instanceof ApiError ? e.message : errorMessage(e)),
    );
  };
  return (
    <Section title="Waar en hoe lang">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save(() => call('backup.mapZetten', { map }), setMapFout, 'De map is opgeslagen.');
        }}
      >
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label="Map voor de back-ups"
            description={
              venster
                ? 'Liefst op een andere schijf of een netwerkschijf. Kies de map met het venster van uw computer (of vul het volledige pad in). TLA controleert of de map bestaat en of TLA erin mag schrijven.'
                : 'Het volledige pad, liefst op een andere schijf of een netwerkschijf, bijvoorbeeld \\\\server\\back-ups\\tla. TLA controleert of de map bestaat en of TLA erin mag schrijven.'
            }
            value={map}
            onChange={(e) => setMap(e.currentTarget.value)}
            error={mapFout}
            style={{ flex: 1 }}
          />
          {venster && (
            <Button
              variant="default"
              mb={mapFout === null ? 0 : 22}
              onClick={() => {
                // The chosen folder is saved (and checked by the backend) at once.
                kiesMap({ doel: 'backup' }).then(
                  (gekozen) => {
                    if (gekozen === null) return;
                    setMap(gekozen);
                    save(
                      () => call('backup.mapZetten', { map: gekozen }),
                      setMapFout,
                      'De map is opgeslagen.',
                    );
                  },
                  () => setMapFout('Het venster om een map te kiezen kon niet worden geopend.'),
                );
              }}
            >
              Kies map…
            </Button>
          )}
          <Button type="submit" variant="default" mb={mapFout === null ? 0 : 22}>
            Map opslaan
          </Button>
        </Group>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save(
            () => call('backup.generatiesZetten', { aantal: Number(aantal) }),
            setAantalFout,
            'Het aantal generaties is opgeslagen.',
          );
        }}
      >
        <Group align="flex-end" wrap="nowrap">
          <NumberInput
            label="Aantal generaties dat bewaard blijft"
            description={`Minstens ${MIN_GENERATIES}. Oudere back-ups worden verwijderd; de laatste geslaagde blijft altijd.`}
            min={MIN_GENERATIES}
            max={366}
            value={aantal}
            onChange={setAantal}
            error={aantalFout}
            w={480}
          />
          <Button type="submit" variant="default" mb={aantalFout === null ? 0 : 22}>
            Opslaan
          </Button>
        </Group>
      </form>
      {opgeslagen !== null && (
        <Text size="sm" role="status">
          {opgeslagen}
        </Text>
      )}
    </Section>
  );
}

function HerstelsleutelSection({ status, reload }: { status: Status; reload: () => void }) {
  const [vragen, setVragen] = useState(false);
  const [sleutel, setSleutel] = useState<string | null>(null);
  const heeft = status.herstelsleutelSinds !== null;
  return (
    <Section title="Herstelsleutel">
      <Text size="sm">
        {heeft
          ? `Gemaakt op ${formatDateTime(status.herstelsleutelSinds)}.`
          : 'Er is nog geen herstelsleutel. Zonder herstelsleutel maakt TLA geen back-ups.'}{' '}
        Met de herstelsleutel op papier zet u de back-ups terug op een andere computer, als deze
        computer er niet meer is.
      </Text>
      <Group>
        <Button variant={heeft ? 'default' : 'filled'} onClick={() => setVragen(true)}>
          {heeft ? 'Nieuwe herstelsleutel maken' : 'Herstelsleutel maken'}
        </Button>
      </Group>
      {vragen && (
        <ConfirmDialog
          title={heeft ? 'Nieuwe herstelsleutel maken' : 'Herstelsleutel maken'}
          body={
            heeft
              ? 'De huidige herstelsleutel werkt daarna niet meer; alle back-ups, ook de bestaande, gaan open met de nieuwe. Houd een printer of pen en papier bij de hand: TLA laat de sleutel één keer zien.'
              : 'TLA maakt een herstelsleutel en laat hem één keer zien. Houd een printer of pen en papier bij de hand.'
          }
          confirmLabel="Herstelsleutel maken"
          run={() =>
            call('backup.herstelsleutelMaken', {}).then((r) => setSleutel(r.herstelsleutel))
          }
          onClose={() => setVragen(false)}
          onDone={() => setVragen(false)}
        />
      )}
      {sleutel !== null && (
        <HerstelsleutelDialog
          sleutel={sleutel}
          onClose={() => {
            setSleutel(null);
            reload();
          }}
        />
      )}
    </Section>
  );
}
