import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { RADAR_STAND_LABELS } from '../../../electron/domain/tlv-register';
import { useSession } from '../../app/auth';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { TableHead } from '../../components/TableHead';
import { formatDate } from '../../lib/format';
import { routeHref } from '../../lib/router';
import { useCall } from '../../lib/useCall';
import { GEEN_LEERLING, soortEnCategorie, type RadarRow } from './columns';
import { EindbrievenKnop } from './EindbrievenKnop';
import { KoppelDialog } from './KoppelDialog';

/** The number of days as words: 'nog 181 dagen', 'vandaag'. */
function dagen(n: number): string {
  if (n === 0) return 'vandaag';
  return n === 1 ? 'nog 1 dag' : `nog ${n} dagen`;
}

/**
 * §8: the herindicatie radar. Running TLVs that end within the set number of months, nearest end
 * first: the SLL sends the school the letter that the TLV ends and links the herindicatie once it
 * is registered; a linked one is handled. On Mijn werk ("TLV loopt af", only what still needs her:
 * `alleenOpen`) and on the Termijnen dashboard (all of them).
 */
export function HerindicatieRadar({
  alleenOpen = false,
  max = 5,
}: {
  alleenOpen?: boolean;
  /** How many rows at most (the nearest ends); the rest is counted. */
  max?: number;
}) {
  const id = useId();
  const { role } = useSession();
  const { data, error, reload } = useCall('tlvRegister.radar', {}, 'radar');
  const [koppel, setKoppel] = useState<RadarRow | null>(null);
  const [bericht, setBericht] = useState<{
    kleur: 'green' | 'red';
    tekst: string;
    aanvraagId?: number;
  } | null>(null);
  const [bezig, setBezig] = useState<number | null>(null);
  if (error !== null) return <Alert color="red">{error}</Alert>;
  if (data === null) return null;
  const alle = alleenOpen
    ? data.rows.filter((r) => r.stand !== 'herindicatie_gekoppeld')
    : data.rows;
  if (alleenOpen && alle.length === 0) return null;
  const rows = alle.slice(0, max);
  const sll = role === 'secretaris';
  const brief = (r: RadarRow) => {
    setBezig(r.id);
    setBericht(null);
    call('tlvRegister.eindbrief', { tlvId: r.id }).then(
      () => {
        setBezig(null);
        setBericht({
          kleur: 'green',
          tekst: `De brief over het einde van TLV ${r.volgnummer} is gemaakt en als verzonden vastgelegd. U vindt hem bij de brieven in het dossier.`,
          aanvraagId: r.aanvraagId,
        });
        reload();
      },
      (e: unknown) => {
        setBezig(null);
        setBericht({ kleur: 'red', tekst: errorMessage(e) });
      },
    );
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Title order={3} size="h5" id={id}>
            {alleenOpen
              ? `TLV loopt af: ${alle.length}`
              : `Herindicatieradar: ${data.rows.length} TLV’s lopen binnen ${data.maanden} maanden af`}
          </Title>
          <Group gap="sm">
            {sll && (
              <EindbrievenKnop
                open={data.rows.filter((r) => r.stand === 'open')}
                onDone={(tekst) => {
                  setBericht({ kleur: 'green', tekst });
                  reload();
                }}
              />
            )}
            <Anchor href={routeHref({ name: 'register' })} size="sm">
              TLV-register
            </Anchor>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          Lopende toelaatbaarheidsverklaringen die binnen {data.maanden} maanden aflopen. Informeer
          de school en koppel de herindicatie zodra die is aangevraagd.
          {!alleenOpen &&
            ` Nog te informeren: ${data.counts.open}; wacht op herindicatie: ${data.counts.brief_verzonden}; herindicatie aangevraagd: ${data.counts.herindicatie_gekoppeld}.`}
        </Text>
        {bericht !== null && (
          <Alert
            color={bericht.kleur}
            role={bericht.kleur === 'red' ? 'alert' : 'status'}
            withCloseButton
            closeButtonLabel="Melding sluiten"
            onClose={() => setBericht(null)}
          >
            {bericht.tekst}{' '}
            {bericht.aanvraagId !== undefined && (
              <Anchor href={routeHref({ name: 'aanvraag', id: bericht.aanvraagId })} size="sm">
                Dossier openen
              </Anchor>
            )}
          </Alert>
        )}
        {rows.length === 0 ? (
          <Text size="sm">
            Geen toelaatbaarheidsverklaring loopt binnen {data.maanden} maanden af.
          </Text>
        ) : (
          <Table verticalSpacing={4} aria-label="Aflopende toelaatbaarheidsverklaringen">
            <TableHead
              columns={[
                'Volgnummer',
                'Leerling',
                'School',
                'Soort',
                'Einde',
                'Stand',
                ...(sll ? ['Actie'] : []),
              ]}
            />
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor href={routeHref({ name: 'aanvraag', id: r.aanvraagId })} size="sm">
                      {r.volgnummer}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {r.leerlingNaam ?? GEEN_LEERLING}
                    <Text size="xs" c="dimmed">
                      {formatDate(r.leerlingGeboortedatum)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{r.schoolNaam}</Table.Td>
                  <Table.Td>{soortEnCategorie(r)}</Table.Td>
                  <Table.Td>
                    {formatDate(r.einddatum)}
                    <Text size="xs" c="dimmed">
                      {dagen(r.dagenTotEinde)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{RADAR_STAND_LABELS[r.stand]}</Text>
                    <Text size="xs" c="dimmed">
                      {r.herindicatie !== null
                        ? `Aanvraag ${r.herindicatie.referentie}`
                        : r.eindbriefOp !== null
                          ? `Brief ${formatDate(r.eindbriefOp)}`
                          : r.kandidaten > 0
                            ? 'Mogelijke herindicatie gevonden'
                            : ''}
                    </Text>
                  </Table.Td>
                  {sll && (
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        {r.herindicatie === null && (
                          <Button
                            size="compact-sm"
                            variant="light"
                            loading={bezig === r.id}
                            onClick={() => brief(r)}
                            aria-label={`Brief einde TLV ${r.volgnummer} maken`}
                          >
                            {r.eindbriefOp === null ? 'Brief maken' : 'Opnieuw'}
                          </Button>
                        )}
                        {r.herindicatie === null && (
                          <Button
                            size="compact-sm"
                            variant={r.kandidaten > 0 ? 'filled' : 'default'}
                            onClick={() => setKoppel(r)}
                            aria-label={`Herindicatie koppelen aan TLV ${r.volgnummer}`}
                          >
                            Koppelen
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {alle.length > rows.length && (
          <Text size="xs" c="dimmed">
            En nog {alle.length - rows.length} met een latere einddatum: zie het TLV-register.
          </Text>
        )}
      </Stack>
      {koppel !== null && (
        <KoppelDialog
          row={koppel}
          onClose={() => setKoppel(null)}
          onDone={() => {
            setKoppel(null);
            reload();
          }}
        />
      )}
    </Paper>
  );
}
