import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../electron/contract';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../lib/format';
import { GeneratiesTabel } from '../backup/GeneratiesTabel';
import { TerugzettenDialog, type GeneratieRij } from '../backup/TerugzettenDialog';

type Lijst = OutputOf<'herstel.generaties'>;

/**
 * The recovery screen (issue 11): TLA started but cannot open its data. It says what is wrong
 * (the start checks' Dutch sentences, never a stack trace) and offers the restore of a backup,
 * from the configured folder or one typed in (a new computer). After the restore: the login.
 * When only documents are missing or damaged (the database is in order), it first offers to take
 * just those from the backup: nothing entered since the backup is lost.
 */
export function HerstelScreen({
  problemen,
  map,
  documentenTerugzetten = false,
}: {
  problemen: string[];
  map: string | null;
  /** Only documents are wrong: they alone can come from the backup, nothing else changes. */
  documentenTerugzetten?: boolean;
}) {
  const { toLogin } = useAuth();
  const [invoer, setInvoer] = useState(map ?? '');
  const [lijst, setLijst] = useState<Lijst | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [laden, setLaden] = useState(false);
  const [terug, setTerug] = useState<GeneratieRij | null>(null);

  const zoek = (m: string | null) => {
    setLaden(true);
    setFout(null);
    call('herstel.generaties', m === null ? {} : { map: m }).then(
      (r) => {
        setLijst(r);
        setLaden(false);
      },
      (e: unknown) => {
        setLijst(null);
        setFout(errorMessage(e));
        setLaden(false);
      },
    );
  };
  useEffect(() => {
    if (map !== null) zoek(null);
  }, [map]);

  return (
    <Stack component="main" p="xl" align="center">
      <Paper withBorder p="xl" maw={980} w="100%">
        <Stack gap="md">
          <Title order={1} size="h2">
            TLA kan de gegevens niet openen
          </Title>
          <Alert color="red" title="Wat er mis is">
            <List size="sm">
              {problemen.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
          {documentenTerugzetten && (
            <AlleenDocumenten
              lijst={lijst}
              onDone={(n) =>
                toLogin(
                  `${n === 1 ? 'Het document is' : `De ${n} documenten zijn`} teruggezet uit de back-up. U kunt weer inloggen.`,
                )
              }
            />
          )}
          {documentenTerugzetten && (
            <Title order={2} size="h4">
              Of: een hele back-up terugzetten
            </Title>
          )}
          <Text size="sm">
            TLA werkt niet met gegevens die niet in orde zijn. Zet een back-up terug: TLA
            controleert hem eerst helemaal. De huidige gegevens worden apart gezet in de
            gegevensmap, niet verwijderd. Daarna kunt u weer inloggen. Lukt het niet, neem dan
            contact op met de functioneel beheerder.
          </Text>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              zoek(invoer);
            }}
          >
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label="Map met de back-ups"
                description="Het volledige pad van de back-upmap (de map waarin ‘TLA-backups’ staat)."
                value={invoer}
                onChange={(e) => setInvoer(e.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Button type="submit" variant="default" loading={laden}>
                Back-ups zoeken
              </Button>
            </Group>
          </form>
          {fout !== null && <Alert color="red">{fout}</Alert>}
          {laden && lijst === null && <Loader size="sm" aria-label="Back-ups zoeken" />}
          {lijst !== null && lijst.generaties.length === 0 && (
            <Alert color="orange">In deze map staan geen back-ups van TLA.</Alert>
          )}
          {lijst !== null && lijst.generaties.length > 0 && (
            <section aria-labelledby="herstel-generaties">
              <Stack gap="xs">
                <Title order={2} size="h4" id="herstel-generaties">
                  Back-ups in deze map
                </Title>
                {!lijst.opentZonderHerstelsleutel && (
                  <Text size="sm">
                    Deze back-ups zijn met een andere computer gemaakt: u hebt de herstelsleutel
                    nodig.
                  </Text>
                )}
                <GeneratiesTabel
                  generaties={lijst.generaties}
                  label="Back-ups"
                  knop={documentenTerugzetten ? 'default' : 'filled'}
                  onTerugzetten={setTerug}
                />
              </Stack>
            </section>
          )}
        </Stack>
      </Paper>
      {terug !== null && lijst !== null && (
        <TerugzettenDialog
          generatie={terug}
          vraagHerstelsleutel={!lijst.opentZonderHerstelsleutel}
          run={(input) =>
            call('herstel.terugzetten', {
              map: lijst.map,
              generatie: terug.id,
              bevestigd: true,
              ...input,
            })
          }
          onClose={() => setTerug(null)}
          onDone={() =>
            toLogin(
              `De back-up van ${formatDateTime(terug.at)} is teruggezet. U kunt weer inloggen.`,
            )
          }
        />
      )}
    </Stack>
  );
}

/** Only documents are wrong: just those from the backup (herstel.documentenTerugzetten). */
function AlleenDocumenten({ lijst, onDone }: { lijst: Lijst | null; onDone: (n: number) => void }) {
  const [sleutel, setSleutel] = useState('');
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const kan = lijst !== null && lijst.generaties.some((g) => g.goed);
  const vraagSleutel = lijst !== null && !lijst.opentZonderHerstelsleutel;
  return (
    <section aria-labelledby="herstel-documenten">
      <Stack gap="xs">
        <Title order={2} size="h4" id="herstel-documenten">
          Alleen de documenten terugzetten (aanbevolen)
        </Title>
        <Text size="sm">
          De gegevens zelf zijn in orde; alleen de genoemde documenten ontbreken of zijn beschadigd.
          TLA haalt precies die documenten uit de back-up in de map hieronder en controleert ze.
          Verder verandert er niets: wat na de back-up is ingevoerd, blijft staan.
        </Text>
        {vraagSleutel && (
          <TextInput
            label="Herstelsleutel"
            description="Deze back-ups zijn met een andere computer gemaakt."
            value={sleutel}
            onChange={(e) => setSleutel(e.currentTarget.value)}
            maw={480}
          />
        )}
        {fout !== null && (
          <Alert color="red" role="alert">
            {fout}
          </Alert>
        )}
        <Group>
          <Button
            disabled={!kan}
            loading={bezig}
            onClick={() => {
              if (lijst === null) return;
              setBezig(true);
              setFout(null);
              call('herstel.documentenTerugzetten', {
                map: lijst.map,
                ...(vraagSleutel ? { herstelsleutel: sleutel } : {}),
              }).then(
                (r) => onDone(r.hersteld),
                (e: unknown) => {
                  setBezig(false);
                  setFout(errorMessage(e));
                },
              );
            }}
          >
            Documenten terugzetten uit de back-up
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
