import { Alert, Badge, Button, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../electron/contract';
import { call } from '../../api/client';
import { TableHead } from '../../components/TableHead';
import { useCall } from '../../lib/useCall';
import { ConfirmDialog } from './ConfirmDialog';

type Sessie = OutputOf<'sessies.lijst'>[number];

const moment = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const tijd = (iso: string) => moment.format(new Date(iso));

const STAP_LABELS: Record<Sessie['stap'], string | null> = {
  volledig: null,
  code: 'Wacht op code',
  inschrijven: 'Stelt tweede factor in',
};

/** Sessions start and end all the time: the list follows, like the locks of the users above. */
const REFRESH_MS = 30_000;

/**
 * Issue 13 · the active sessions for the beheerder: who, since when, last active, from where; one
 * of someone else's can be ended at once (audited). Sessions live in memory: a restart ends all.
 */
export function SessiesSection({ onDone }: { onDone: (message: string) => void }) {
  const { data, error, loading, reload } = useCall('sessies.lijst', {}, 'sessies');
  const [einde, setEinde] = useState<Sessie | null>(null);
  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sessies-titel">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id="sessies-titel">
            Actieve sessies
          </Title>
          <Text size="sm" c="dimmed">
            Wie nu is ingelogd. Een sessie eindigt na 15 minuten zonder activiteit en uiterlijk 12
            uur na het inloggen; een herstart van TLA beëindigt alle sessies.
          </Text>
        </div>
        {error !== null && <Alert color="red">{error}</Alert>}
        {data === null && loading && <Loader size="sm" aria-label="Sessies laden" />}
        {data !== null && (
          <Table.ScrollContainer minWidth={720}>
            <Table striped withTableBorder verticalSpacing="xs" aria-label="Actieve sessies">
              <TableHead
                columns={[
                  'Gebruiker',
                  'Ingelogd sinds',
                  'Laatst actief',
                  'Vanaf',
                  { label: 'Acties', hidden: true },
                ]}
              />
              <Table.Tbody>
                {data.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {s.naam}
                      {s.eigen && (
                        <Text span c="dimmed" size="sm">
                          {' '}
                          (deze sessie)
                        </Text>
                      )}
                      {STAP_LABELS[s.stap] !== null && (
                        <Badge ml="xs" variant="light" color="yellow" tt="none">
                          {STAP_LABELS[s.stap]}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{tijd(s.sinds)}</Table.Td>
                    <Table.Td>{tijd(s.laatstGezien)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff={s.opAfstand ? 'monospace' : 'text'}>
                        {s.vanaf}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {!s.eigen && (
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          onClick={() => setEinde(s)}
                          aria-label={`Sessie van ${s.naam} beëindigen`}
                        >
                          Beëindigen
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {einde !== null && (
        <ConfirmDialog
          title={`Sessie van ${einde.naam} beëindigen`}
          body={`${einde.naam} wordt meteen uitgelogd op ${einde.opAfstand ? `de computer met adres ${einde.vanaf}` : 'deze computer'}. Wat nog niet was opgeslagen, gaat verloren; een concept dat al was bewaard, blijft. ${einde.naam} kan daarna gewoon weer inloggen: wilt u dat voorkomen, deactiveer dan het account of reset het wachtwoord.`}
          confirmLabel="Sessie beëindigen"
          run={() => call('sessies.beeindig', { id: einde.id })}
          onClose={() => setEinde(null)}
          onDone={() => {
            setEinde(null);
            reload();
            onDone(`De sessie van ${einde.naam} is beëindigd.`);
          }}
        />
      )}
    </Paper>
  );
}
