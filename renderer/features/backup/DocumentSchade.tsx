import { Alert, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../electron/contract';
import { DOCUMENT_KIND_LABELS } from '../../../electron/domain/types';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { TableHead } from '../../components/TableHead';
import { Uitslag, type UitslagMelding } from '../../components/Uitslag';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { NaarBackups } from './BackupWaarschuwing';

type Schade = OutputOf<'beheer.integriteit'>['documenten'][number];

/** How often the beheerder's page asks again while the full check after the start still runs. */
const POLL_MS = 3000;

function documentNaam(d: Schade): string {
  const datum = d.documentDatum === null ? '' : `, ${formatDate(d.documentDatum)}`;
  return `${DOCUMENT_KIND_LABELS[d.soort]} (versie ${d.versie}${datum})`;
}

/**
 * The beheerder's warning when the checks of the data found something wrong while TLA runs
 * (issue 11, "corruption is never silent"): a document whose stored file is damaged or missing,
 * found by the full check after the start or when someone opened it. It names the aanvraag (its
 * reference) and the document (kind, version, date), and offers the way out: that document back
 * from the newest backup that holds it (nothing else changes), or the whole restore on Beheer ›
 * Back-ups. Nothing when all is well. On Mijn werk of the beheerder and on Beheer › Back-ups.
 */
export function DocumentSchade({ opBackups = false }: { opBackups?: boolean }) {
  const { data, reload } = useCall('beheer.integriteit', {}, 'integriteit');
  const [melding, setMelding] = useState<UitslagMelding | null>(null);
  const [bezig, setBezig] = useState<number | null>(null);
  const loopt = data !== null && ['wacht', 'bezig'].includes(data.achtergrond.status);
  useEffect(() => {
    if (!loopt) return;
    const t = setTimeout(reload, POLL_MS);
    return () => clearTimeout(t);
  }, [loopt, data, reload]);

  const herstel = (d: Schade) => {
    setBezig(d.documentId);
    setMelding(null);
    call('beheer.documentHerstellen', { documentId: d.documentId }).then(
      (r) => {
        setBezig(null);
        setMelding({
          color: 'green',
          text: `${documentNaam(d)} van aanvraag ${d.referentie} is teruggezet uit de back-up van ${formatDateTime(r.at)}.`,
        });
        reload();
      },
      (e: unknown) => {
        setBezig(null);
        setMelding({ color: 'red', text: errorMessage(e) });
        reload();
      },
    );
  };

  const uitslag = <Uitslag melding={melding} onClose={() => setMelding(null)} />;
  if (data === null || data.melding === null) return uitslag;
  const docs = data.documenten;
  return (
    <Stack gap="xs">
      <Alert color="red" title="Beschadigde gegevens gevonden" role="alert">
        <Stack gap="xs">
          <Text size="sm">
            {data.melding} TLA laat een beschadigd of ontbrekend bestand nooit zien: wie het opent,
            krijgt een melding.
          </Text>
          {docs.length > 0 && (
            <Table.ScrollContainer minWidth={720}>
              <Table
                withTableBorder
                verticalSpacing="xs"
                bg="var(--mantine-color-body)"
                aria-label="Beschadigde documenten"
              >
                <TableHead
                  columns={[
                    'Aanvraag',
                    'Document',
                    'Toestand',
                    'In de back-up',
                    { label: 'Acties', hidden: true },
                  ]}
                />
                <Table.Tbody>
                  {docs.map((d) => (
                    <Table.Tr key={d.documentId}>
                      <Table.Td>{d.referentie}</Table.Td>
                      <Table.Td>{documentNaam(d)}</Table.Td>
                      <Table.Td>
                        <Badge color="red" variant="light" tt="none">
                          {d.toestand === 'beschadigd' ? 'Beschadigd' : 'Ontbreekt'}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {d.backup === null
                          ? 'Niet in een back-up'
                          : `Back-up van ${formatDateTime(d.backup.at)}`}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          disabled={d.backup === null}
                          loading={bezig === d.documentId}
                          aria-label={`${documentNaam(d)} van aanvraag ${d.referentie} terugzetten uit de back-up`}
                          onClick={() => herstel(d)}
                        >
                          Terugzetten uit back-up
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Text size="sm">
            {docs.length > 0 &&
              'Zet een document terug uit de back-up: alleen dat bestand wordt vervangen, verder verandert er niets. '}
            Is er geen goede kopie, zet dan een hele back-up terug
            {opBackups ? ' (hieronder, bij Generaties)' : ''} — wat na die back-up is gewijzigd,
            gaat dan verloren — of laat de secretaresse het document opnieuw toevoegen als nieuwe
            versie. {!opBackups && <NaarBackups />}
          </Text>
        </Stack>
      </Alert>
      {uitslag}
    </Stack>
  );
}
