import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../electron/contract';
import { BACKUP_REDEN_LABELS } from '../../../electron/domain/backup';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useAuth } from '../../app/auth';
import { TableHead } from '../../components/TableHead';
import { formatBytes, formatDateTime } from '../../lib/format';
import { TerugzettenDialog, type GeneratieRij } from '../backup/TerugzettenDialog';

type Lijst = OutputOf<'herstel.generaties'>;

/**
 * The recovery screen (issue 11): TLA started but cannot open its data. It says what is wrong
 * (the start checks' Dutch sentences, never a stack trace) and offers the restore of a backup,
 * from the configured folder or one typed in (a new computer). After the restore: the login.
 */
export function HerstelScreen({ problemen, map }: { problemen: string[]; map: string | null }) {
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
                <Table striped withTableBorder verticalSpacing="xs" aria-label="Back-ups">
                  <TableHead
                    columns={[
                      'Gemaakt',
                      'Reden',
                      'Inhoud',
                      { label: 'Grootte', align: 'right' },
                      'Controle',
                      { label: 'Acties', hidden: true },
                    ]}
                  />
                  <Table.Tbody>
                    {lijst.generaties.map((g) => (
                      <Table.Tr key={g.id}>
                        <Table.Td>{formatDateTime(g.at)}</Table.Td>
                        <Table.Td>{BACKUP_REDEN_LABELS[g.reden]}</Table.Td>
                        <Table.Td>
                          {g.aanvragen} aanvragen, {g.documenten} documenten
                        </Table.Td>
                        <Table.Td ta="right">{formatBytes(g.grootte)}</Table.Td>
                        <Table.Td>
                          <Badge color={g.goed ? 'green' : 'red'} variant="light" tt="none">
                            {g.goed ? 'Gecontroleerd' : 'Niet in orde'}
                          </Badge>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Button
                            size="xs"
                            disabled={!g.goed}
                            aria-label={`Back-up van ${formatDateTime(g.at)} terugzetten`}
                            onClick={() => setTerug(g)}
                          >
                            Terugzetten…
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
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
