import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import {
  AVG_STATUS_LABELS,
  AVG_UITKOMST_LABELS,
  AVG_VERZOEK_SOORT_LABELS,
  AVG_VERZOEKER_LABELS,
} from '../../../electron/domain/avg-verzoeken';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useSession } from '../../app/auth';
import { Facts } from '../../components/Facts';
import { PdfViewer } from '../../components/pdf/PdfViewer';
import { Section } from '../../components/Section';
import { TableHead } from '../../components/TableHead';
import { TrafficLight } from '../../components/TrafficLight';
import { base64ToBytes } from '../../lib/files';
import { describeDaysLeft, formatDate, formatDateTime } from '../../lib/format';
import { stateLabel } from '../../lib/labels';
import { routeHref } from '../../lib/router';
import { todayIso } from '../../lib/termijnen';
import { useCall } from '../../lib/useCall';
import { AfhandelDialog, CorrigeerDialog, VerlengDialog, veldLabel } from './AvgStappen';
import type { AvgVerzoek } from './labels';

type Open =
  | { kind: 'inzage' }
  | { kind: 'brief'; id: number; label: string }
  | { kind: 'verleng' }
  | { kind: 'afhandel' }
  | { kind: 'corrigeer' }
  | null;

/** The aanvragen that may be the pupil's (same date of birth) and those linked, one list. */
function aanvraagRijen(v: AvgVerzoek) {
  const linked = new Map(v.aanvragen.map((a) => [a.aanvraagId, a]));
  const rows = v.kandidaten.map((k) => ({
    ...k,
    verwijderOordeel: linked.get(k.aanvraagId)?.verwijderOordeel ?? null,
  }));
  for (const a of v.aanvragen)
    if (!rows.some((r) => r.aanvraagId === a.aanvraagId)) rows.push({ ...a, naamGelijk: false });
  return rows;
}

function Koppelen({ v, canEdit, onDone }: { v: AvgVerzoek; canEdit: boolean; onDone: () => void }) {
  const [chosen, setChosen] = useState<ReadonlySet<number>>(
    () => new Set(v.aanvragen.map((a) => a.aanvraagId)),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Read only (another role, or answered): the linked aanvragen alone.
  const linked = new Set(v.aanvragen.map((a) => a.aanvraagId));
  const rows = aanvraagRijen(v).filter((r) => canEdit || linked.has(r.aanvraagId));
  const changed =
    chosen.size !== v.aanvragen.length || v.aanvragen.some((a) => !chosen.has(a.aanvraagId));
  const save = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await call('avg.koppel', { verzoekId: v.id, aanvraagIds: [...chosen] });
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const verwijdering = v.soort === 'verwijdering';
  return (
    <Section title="Aanvragen van de leerling">
      <Text size="sm">
        {canEdit
          ? 'Aanvragen met dezelfde geboortedatum. Vink aan welke van deze leerling zijn: alleen die horen bij het verzoek.'
          : 'De aanvragen die bij dit verzoek horen.'}
      </Text>
      {rows.length === 0 ? (
        <Alert color="gray" variant="light">
          {canEdit
            ? 'TLA heeft geen aanvraag van een leerling met deze geboortedatum. Het antwoord kan dan zijn dat er geen gegevens zijn.'
            : 'Er is geen aanvraag aan dit verzoek gekoppeld.'}
        </Alert>
      ) : (
        <Table verticalSpacing="xs" aria-label="Aanvragen van de leerling">
          <TableHead
            columns={[
              'Hoort bij de leerling',
              'Aanvraag',
              'Leerling',
              'Geboortedatum',
              'Status',
              ...(verwijdering ? ['Mag worden verwijderd?'] : []),
            ]}
          />
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.aanvraagId}>
                <Table.Td>
                  <Checkbox
                    aria-label={`${r.referentie} hoort bij de leerling`}
                    checked={chosen.has(r.aanvraagId)}
                    disabled={!canEdit}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.currentTarget.checked) next.add(r.aanvraagId);
                      else next.delete(r.aanvraagId);
                      setChosen(next);
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <Anchor href={routeHref({ name: 'aanvraag', id: r.aanvraagId })} size="sm">
                    {r.referentie}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {r.leerlingNaam}{' '}
                  {r.naamGelijk && (
                    <Badge size="xs" variant="light" color="green">
                      naam gelijk
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(r.leerlingGeboortedatum)}</Table.Td>
                <Table.Td>{stateLabel(r.state)}</Table.Td>
                {verwijdering && (
                  <Table.Td maw={320}>
                    {r.verwijderOordeel === null ? (
                      <Text size="sm" c="dimmed">
                        Niet gekoppeld
                      </Text>
                    ) : (
                      <Text size="sm">
                        <strong>{r.verwijderOordeel.mag ? 'Ja' : 'Nee'}.</strong>{' '}
                        {r.verwijderOordeel.reden}
                      </Text>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {error !== null && <Alert color="red">{error}</Alert>}
      {canEdit && rows.length > 0 && (
        <Group>
          <Button variant="light" disabled={!changed} loading={busy} onClick={() => void save()}>
            Koppeling opslaan
          </Button>
        </Group>
      )}
    </Section>
  );
}

/** One request of ouders: its term and light, the pupil's aanvragen, the steps and the letters. */
export function AvgVerzoekScreen({ id }: { id: number }) {
  const { role } = useSession();
  const { data: v, error, reload } = useCall('avg.get', { verzoekId: id }, String(id));
  const [open, setOpen] = useState<Open>(null);
  const [stepError, setStepError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const loadInzage = useCallback(async () => {
    const pdf = await call('avg.inzage', { verzoekId: id });
    return base64ToBytes(pdf.dataBase64);
  }, [id]);
  const printInzage = useCallback(async () => {
    await call('avg.afdrukken', { verzoekId: id, briefId: null });
  }, [id]);
  const briefId = open?.kind === 'brief' ? open.id : null;
  const loadBrief = useCallback(async () => {
    if (briefId === null) throw new Error('Geen brief gekozen.');
    return base64ToBytes((await call('avg.brief', { briefId })).dataBase64);
  }, [briefId]);
  const printBrief = useCallback(async () => {
    if (briefId !== null) await call('avg.afdrukken', { verzoekId: id, briefId });
  }, [briefId, id]);

  if (error !== null) return <Alert color="red">{error}</Alert>;
  if (v === null) return <Loader size="sm" aria-label="Verzoek laden" />;

  const secretaris = role === 'secretaris';
  const afgehandeld = v.status === 'afgehandeld';
  const canEdit = secretaris && !afgehandeld;
  const done = (): void => {
    setOpen(null);
    reload();
  };
  const ontvangstbevestiging = async (): Promise<void> => {
    setBusy(true);
    setStepError(null);
    try {
      await call('avg.ontvangstbevestiging', { verzoekId: v.id });
      reload();
    } catch (e) {
      setStepError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const kanVerlengen = v.verlengdOp === null && todayIso() <= v.verlengenKanTot;

  return (
    <Stack gap="md">
      <div>
        <Anchor href={routeHref({ name: 'avg' })} size="sm">
          Verzoeken van ouders
        </Anchor>
        <Title order={2}>
          {v.kenmerk}: {AVG_VERZOEK_SOORT_LABELS[v.soort]}
        </Title>
        <Text size="sm" c="dimmed">
          {v.leerlingNaam} · {AVG_STATUS_LABELS[v.status]}
        </Text>
      </div>

      {canEdit && (
        <Group gap="sm">
          {v.ontvangstbevestigdOp === null && (
            <Button variant="light" loading={busy} onClick={() => void ontvangstbevestiging()}>
              Ontvangstbevestiging maken
            </Button>
          )}
          {kanVerlengen && (
            <Button variant="light" onClick={() => setOpen({ kind: 'verleng' })}>
              Termijn verlengen
            </Button>
          )}
          {v.soort === 'correctie' && v.aanvragen.length > 0 && (
            <Button variant="light" onClick={() => setOpen({ kind: 'corrigeer' })}>
              Gegevens corrigeren
            </Button>
          )}
          <Button onClick={() => setOpen({ kind: 'afhandel' })}>Afhandelen</Button>
        </Group>
      )}
      {stepError !== null && <Alert color="red">{stepError}</Alert>}

      <Section title="Termijn">
        <Facts
          items={[
            { label: 'Ontvangen op', value: formatDate(v.ontvangenOp) },
            {
              label: 'Uiterlijk antwoord',
              value: afgehandeld ? (
                formatDate(v.uiterlijk)
              ) : (
                <Group gap="sm">
                  <span>
                    {formatDate(v.uiterlijk)} ({describeDaysLeft(v.daysLeft)})
                  </span>
                  {v.stoplicht !== null && <TrafficLight light={v.stoplicht} />}
                </Group>
              ),
            },
            ...(v.verlengdOp !== null
              ? [
                  {
                    label: 'Verlengd',
                    value: `Op ${formatDate(v.verlengdOp)} (eerste termijn ${formatDate(v.eersteTermijn)}): ${v.verlengingReden ?? ''}`,
                  },
                ]
              : []),
            { label: 'Ontvangst bevestigd', value: formatDate(v.ontvangstbevestigdOp) },
            ...(v.uitkomst !== null
              ? [
                  {
                    label: 'Afgehandeld',
                    value: `${AVG_UITKOMST_LABELS[v.uitkomst]} op ${formatDate(v.afgehandeldOp)}${v.toelichting ? `: ${v.toelichting}` : ''}`,
                  },
                ]
              : []),
          ]}
        />
      </Section>

      <Section title="Verzoeker en leerling">
        <Facts
          items={[
            {
              label: 'Verzoeker',
              value: `${v.verzoekerNaam} (${AVG_VERZOEKER_LABELS[v.verzoeker]})`,
            },
            {
              label: 'Adres',
              value: `${v.verzoekerAdres}, ${v.verzoekerPostcode} ${v.verzoekerPlaats}`,
            },
            { label: 'Leerling', value: v.leerlingNaam },
            { label: 'Geboortedatum', value: formatDate(v.leerlingGeboortedatum) },
            { label: 'Het verzoek', value: v.omschrijving ?? '' },
          ]}
        />
      </Section>

      <Koppelen
        key={v.aanvragen.map((a) => a.aanvraagId).join(',')}
        v={v}
        canEdit={canEdit}
        onDone={reload}
      />

      {v.soort === 'inzage' && (
        <Section title="Inzage-overzicht">
          <Text size="sm">
            Alles wat TLA over de leerling bewaart in één PDF: de gegevens en het verloop van elke
            gekoppelde aanvraag, adviezen, besluit, brieven, wie het dossier heeft ingezien, en de
            documenten en brieven zelf als bijlagen. Persoonlijke notities van deskundigen horen er
            niet bij. Het overzicht wordt niet opgeslagen; elke keer maken wordt vastgelegd.
          </Text>
          <Group>
            <Button
              variant="light"
              disabled={v.aanvragen.length === 0}
              onClick={() => setOpen({ kind: 'inzage' })}
            >
              Inzage-overzicht maken
            </Button>
            {v.aanvragen.length === 0 && (
              <Text size="sm" c="dimmed">
                Koppel eerst de aanvragen van de leerling.
              </Text>
            )}
          </Group>
        </Section>
      )}

      {v.soort === 'correctie' && (
        <Section title="Correcties">
          {v.correcties.length === 0 ? (
            <Text size="sm">Er is nog niets gecorrigeerd.</Text>
          ) : (
            <Table verticalSpacing="xs" aria-label="Correcties">
              <TableHead columns={['Aanvraag', 'Gegeven', 'Was', 'Wordt', 'Wanneer']} />
              <Table.Tbody>
                {v.correcties.map((c, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{c.referentie}</Table.Td>
                    <Table.Td>{veldLabel(c.veld)}</Table.Td>
                    <Table.Td>{c.oud ?? '—'}</Table.Td>
                    <Table.Td>{c.nieuw ?? '—'}</Table.Td>
                    <Table.Td>{formatDateTime(c.at)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>
      )}

      <Section title="Brieven">
        {v.brieven.length === 0 ? (
          <Text size="sm">Er zijn nog geen brieven gemaakt.</Text>
        ) : (
          <Table verticalSpacing="xs" aria-label="Brieven van het verzoek">
            <TableHead columns={['Brief', 'Datum', { label: 'Acties', hidden: true }]} />
            <Table.Tbody>
              {v.brieven.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{b.label}</Table.Td>
                  <Table.Td>{formatDate(b.datum)}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={`${b.label} openen`}
                        onClick={() => setOpen({ kind: 'brief', id: b.id, label: b.label })}
                      >
                        Openen
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Modal
        opened={open?.kind === 'inzage' || open?.kind === 'brief'}
        onClose={() => setOpen(null)}
        title={open?.kind === 'brief' ? open.label : `Inzage-overzicht ${v.kenmerk}`}
        size="90%"
        classNames={{ body: 'tla-modal-viewer' }}
      >
        {open?.kind === 'inzage' && (
          <PdfViewer
            load={loadInzage}
            sourceKey={`avg-inzage-${v.id}`}
            title={`Inzage-overzicht ${v.kenmerk}`}
            onPrint={printInzage}
          />
        )}
        {open?.kind === 'brief' && (
          <PdfViewer
            load={loadBrief}
            sourceKey={`avg-brief-${open.id}`}
            title={open.label}
            onPrint={printBrief}
          />
        )}
      </Modal>
      {canEdit && (
        <>
          <VerlengDialog
            verzoek={v}
            opened={open?.kind === 'verleng'}
            onClose={() => setOpen(null)}
            onDone={done}
          />
          <AfhandelDialog
            key={v.toegestaneUitkomsten.join()}
            verzoek={v}
            opened={open?.kind === 'afhandel'}
            onClose={() => setOpen(null)}
            onDone={done}
          />
          {v.soort === 'correctie' && (
            <CorrigeerDialog
              key={v.aanvragen.map((a) => a.aanvraagId).join(',')}
              verzoek={v}
              opened={open?.kind === 'corrigeer'}
              onClose={() => setOpen(null)}
              onDone={done}
            />
          )}
        </>
      )}
    </Stack>
  );
}
