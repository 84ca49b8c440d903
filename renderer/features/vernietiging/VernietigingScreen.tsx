import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  NumberInput,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import type { OutputOf } from '../../../electron/contract';
import {
  AVG_VERZOEK_SOORT_LABELS,
  type AvgVerzoekSoort,
} from '../../../electron/domain/avg-verzoeken';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useSession } from '../../app/auth';
import { PdfViewer } from '../../components/pdf/PdfViewer';
import { Section } from '../../components/Section';
import { TableHead } from '../../components/TableHead';
import { base64ToBytes } from '../../lib/files';
import { formatDate } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { ConfirmDialog } from '../beheer/ConfirmDialog';
import classes from './Vernietiging.module.css';

type Lijst = OutputOf<'bewaren.lijst'>;
type Rij = Lijst['rows'][number];
type Voorstel = OutputOf<'vernietiging.voorstellen'>[number];

const UITKOMST: Readonly<Record<string, string>> = {
  tlv_afgegeven: 'TLV afgegeven',
  tlv_niet_afgegeven: 'TLV niet afgegeven',
  buiten_behandeling: 'Buiten behandeling',
};

const STATUS: Readonly<Record<Voorstel['status'], { label: string; color: string }>> = {
  voorgesteld: { label: 'Wacht op goedkeuring', color: 'yellow' },
  uitgevoerd: { label: 'Vernietigd', color: 'gray' },
  afgewezen: { label: 'Afgewezen', color: 'red' },
};

const dossiers = (n: number) => (n === 1 ? '1 dossier' : `${n} dossiers`);
const verzoeken = (n: number) => (n === 1 ? '1 AVG-verzoek' : `${n} AVG-verzoeken`);
/** "2 dossiers en 1 AVG-verzoek", leaving out what is none. */
const wat = (d: number, a: number) =>
  [d > 0 || a === 0 ? dossiers(d) : null, a > 0 ? verzoeken(a) : null]
    .filter((x) => x !== null)
    .join(' en ');

/** The verklaring van vernietiging in the app's PDF viewer. */
function VerklaringDialog({ voorstel, onClose }: { voorstel: Voorstel; onClose: () => void }) {
  const load = useCallback(async () => {
    const r = await call('vernietiging.verklaring', { voorstelId: voorstel.id });
    return base64ToBytes(r.dataBase64);
  }, [voorstel.id]);
  const title = `Verklaring van vernietiging ${voorstel.verklaringNummer ?? ''}`;
  return (
    <Modal opened onClose={onClose} title={title} size="90%" centered>
      <div className={classes.viewer ?? ''}>
        <PdfViewer load={load} sourceKey={`verklaring-${voorstel.id}`} title={title} />
      </div>
    </Modal>
  );
}

/** The setting: how many years, and whether the TLV register row stays. */
function Instellingen({ lijst, onSaved }: { lijst: Lijst; onSaved: () => void }) {
  const [jaren, setJaren] = useState<number | string>(lijst.instellingen.jaren);
  const [register, setRegister] = useState(lijst.instellingen.registerBewaren);
  const [fout, setFout] = useState<string | null>(null);
  const [opgeslagen, setOpgeslagen] = useState(false);
  return (
    <Section title="Bewaartermijn">
      <Text size="sm">
        Dossiergegevens worden ten hoogste drie jaar na het laatste besluit bewaard (WPO art. 18a
        lid 13). Een lopend bezwaar, beroep of verzoek van de ouders houdt de vernietiging tegen.
      </Text>
      <Group align="flex-end" gap="lg">
        <NumberInput
          label="Bewaartermijn in jaren"
          min={1}
          max={3}
          w={200}
          value={jaren}
          onChange={(v) => {
            setJaren(v);
            setOpgeslagen(false);
          }}
          error={fout}
        />
        <Switch
          label="Regel in het TLV-register bewaren (volgnummer, datums, schoolsoort, categorie)"
          checked={register}
          onChange={(e) => {
            setRegister(e.currentTarget.checked);
            setOpgeslagen(false);
          }}
        />
        <Button
          variant="light"
          onClick={() => {
            setFout(null);
            call('bewaren.instellingen', { jaren: Number(jaren), registerBewaren: register }).then(
              () => {
                setOpgeslagen(true);
                onSaved();
              },
              (e: unknown) => setFout(errorMessage(e)),
            );
          }}
        >
          Opslaan
        </Button>
        {opgeslagen && (
          <Text size="sm" c="green.8" role="status">
            Opgeslagen.
          </Text>
        )}
      </Group>
    </Section>
  );
}

function Waarom({ r }: { r: Rij }) {
  if (r.voorstelId !== null) return <Text size="sm">In voorstel {r.voorstelId}</Text>;
  if (r.status === 'te_vernietigen')
    return <Text size="sm">Termijn verstreken op {formatDate(r.vernietigbaarVanaf)}</Text>;
  return (
    <Stack gap={0}>
      {r.redenen.map((reden) => (
        <Text key={reden} size="sm">
          {reden}
        </Text>
      ))}
    </Stack>
  );
}

/**
 * The answered requests of the AVG register whose term has passed (no dossier of theirs left, the
 * bewaartermijn after the answer over): proposed with the dossiers, by kenmerk only.
 */
function AvgVerzoekenLijst({
  lijst,
  gekozen,
  onChange,
}: {
  lijst: Lijst;
  gekozen: ReadonlySet<number>;
  onChange: (s: ReadonlySet<number>) => void;
}) {
  const kiesbaar = lijst.avgVerzoeken.filter((r) => r.voorstelId === null);
  const alles = kiesbaar.length > 0 && kiesbaar.every((r) => gekozen.has(r.verzoekId));
  const toggle = (id: number, on: boolean) => {
    const next = new Set(gekozen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <Stack gap="xs" mt="md">
      <Title order={4}>AVG-verzoeken van ouders</Title>
      <Text size="sm" c="dimmed">
        Een afgehandeld verzoek blijft bewaard zolang een dossier waarop het betrekking heeft
        bestaat, en daarna de bewaartermijn na de afhandeling. Daarna worden de namen, adressen,
        toelichting en brieven vernietigd; kenmerk, soort, datums en uitkomst blijven. Nog bewaard:{' '}
        {verzoeken(lijst.avgBewaard)}.
      </Text>
      {lijst.avgVerzoeken.length === 0 ? (
        <Text size="sm">Er zijn geen AVG-verzoeken waarvan de bewaartermijn is verstreken.</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped withTableBorder verticalSpacing="xs" aria-label="AVG-verzoeken">
            <TableHead
              columns={[
                {
                  label: (
                    <Checkbox
                      aria-label="Alle te vernietigen AVG-verzoeken kiezen"
                      checked={alles}
                      disabled={kiesbaar.length === 0}
                      onChange={(e) =>
                        onChange(
                          new Set(e.currentTarget.checked ? kiesbaar.map((r) => r.verzoekId) : []),
                        )
                      }
                    />
                  ),
                },
                'Kenmerk',
                'Soort',
                'Afgehandeld',
                'Waarom',
              ]}
            />
            <Table.Tbody>
              {lijst.avgVerzoeken.map((r) => (
                <Table.Tr key={r.verzoekId}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${r.kenmerk} kiezen`}
                      disabled={r.voorstelId !== null}
                      checked={gekozen.has(r.verzoekId)}
                      onChange={(e) => toggle(r.verzoekId, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td className={classes.nowrap ?? ''}>{r.kenmerk}</Table.Td>
                  <Table.Td>
                    {AVG_VERZOEK_SOORT_LABELS[r.soort as AvgVerzoekSoort] ?? r.soort}
                  </Table.Td>
                  <Table.Td className={classes.nowrap ?? ''}>
                    {formatDate(r.afgehandeldOp)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {r.voorstelId !== null
                        ? `In voorstel ${r.voorstelId}`
                        : `Termijn verstreken op ${formatDate(r.vernietigbaarVanaf)}`}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The beheerder's vernietigingslijst: choose what is due and propose it. */
function Vernietigingslijst({ lijst, onChanged }: { lijst: Lijst; onChanged: () => void }) {
  const [gekozen, setGekozen] = useState<ReadonlySet<number>>(new Set());
  const [gekozenAvg, setGekozenAvg] = useState<ReadonlySet<number>>(new Set());
  const [bevestig, setBevestig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const kiesbaar = lijst.rows.filter((r) => r.status === 'te_vernietigen' && r.voorstelId === null);
  const toggle = (id: number, on: boolean) =>
    setGekozen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const beroep = (r: Rij) => {
    setFout(null);
    const name = r.beroep ? 'bewaren.beroepOpheffen' : 'bewaren.beroep';
    call(name, { aanvraagId: r.aanvraagId }).then(onChanged, (e: unknown) =>
      setFout(errorMessage(e)),
    );
  };
  const alles = kiesbaar.length > 0 && kiesbaar.every((r) => gekozen.has(r.aanvraagId));
  return (
    <Section
      title="Vernietigingslijst"
      actions={
        <Button disabled={gekozen.size + gekozenAvg.size === 0} onClick={() => setBevestig(true)}>
          {gekozen.size + gekozenAvg.size === 0
            ? 'Stel vernietiging voor'
            : `Stel vernietiging voor (${wat(gekozen.size, gekozenAvg.size)})`}
        </Button>
      }
    >
      <Text size="sm" c="dimmed">
        De dossiers waarvan de bewaartermijn is verstreken, op kenmerk en TLV-volgnummer. Nog binnen
        de termijn: {dossiers(lijst.bewaard)}; procedure loopt nog: {dossiers(lijst.lopend)}.
      </Text>
      {fout !== null && <Alert color="red">{fout}</Alert>}
      {lijst.rows.length === 0 ? (
        <Text size="sm">Er zijn geen dossiers waarvan de bewaartermijn is verstreken.</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder verticalSpacing="xs" aria-label="Vernietigingslijst">
            <TableHead
              columns={[
                {
                  label: (
                    <Checkbox
                      aria-label="Alle te vernietigen dossiers kiezen"
                      checked={alles}
                      disabled={kiesbaar.length === 0}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setGekozen(new Set(on ? kiesbaar.map((r) => r.aanvraagId) : []));
                      }}
                    />
                  ),
                },
                'Kenmerk',
                'Volgnummer TLV',
                'Besluit',
                'Termijn vanaf',
                'Status',
                'Waarom',
                { label: 'Beroep', hidden: true },
              ]}
            />
            <Table.Tbody>
              {lijst.rows.map((r) => (
                <Table.Tr key={r.aanvraagId}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${r.referentie} kiezen`}
                      disabled={r.status !== 'te_vernietigen' || r.voorstelId !== null}
                      checked={gekozen.has(r.aanvraagId)}
                      onChange={(e) => toggle(r.aanvraagId, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td className={classes.nowrap ?? ''}>{r.referentie}</Table.Td>
                  <Table.Td className={classes.nowrap ?? ''}>{r.volgnummer ?? '—'}</Table.Td>
                  <Table.Td>{r.uitkomst === null ? 'Ingetrokken' : UITKOMST[r.uitkomst]}</Table.Td>
                  <Table.Td className={classes.nowrap ?? ''}>{formatDate(r.termijnStart)}</Table.Td>
                  <Table.Td className={classes.nowrap ?? ''}>
                    {r.status === 'te_vernietigen' ? (
                      <Badge variant="light" color="red" tt="none" miw="max-content">
                        Te vernietigen
                      </Badge>
                    ) : (
                      <Badge variant="light" color="yellow" tt="none" miw="max-content">
                        Vastgehouden
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Waarom r={r} />
                  </Table.Td>
                  <Table.Td>
                    {r.voorstelId === null && (
                      <Button size="compact-sm" variant="subtle" onClick={() => beroep(r)}>
                        {r.beroep ? 'Beroep afgerond' : 'Beroep loopt'}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AvgVerzoekenLijst lijst={lijst} gekozen={gekozenAvg} onChange={setGekozenAvg} />
      {bevestig && (
        <ConfirmDialog
          title="Vernietiging voorstellen"
          body={
            <>
              U stelt {wat(gekozen.size, gekozenAvg.size)} voor ter vernietiging. De
              directeur-bestuurder keurt het voorstel goed of wijst het af; pas na goedkeuring
              worden de gegevens vernietigd.
            </>
          }
          confirmLabel="Voorstellen"
          run={() =>
            call('vernietiging.stelVoor', {
              aanvraagIds: [...gekozen],
              verzoekIds: [...gekozenAvg],
            })
          }
          onClose={() => setBevestig(false)}
          onDone={() => {
            setBevestig(false);
            setGekozen(new Set());
            setGekozenAvg(new Set());
            onChanged();
          }}
        />
      )}
    </Section>
  );
}

/** The proposals: the directeur approves or declines; everyone opens a verklaring. */
function Voorstellen({ versie, onChanged }: { versie: number; onChanged: () => void }) {
  const { role } = useSession();
  const { data, error, loading, reload } = useCall(
    'vernietiging.voorstellen',
    {},
    `voorstellen-${versie}`,
  );
  const [stap, setStap] = useState<{ kind: 'goed' | 'af'; v: Voorstel } | null>(null);
  const [verklaring, setVerklaring] = useState<Voorstel | null>(null);
  const [klaar, setKlaar] = useState<string | null>(null);
  const open = (data ?? []).filter((v) => v.status === 'voorgesteld');
  return (
    <Section
      title={role === 'directeur' ? 'Voorstellen tot vernietiging' : 'Voorstellen en verklaringen'}
    >
      {role === 'directeur' && (
        <Text size="sm">
          De functioneel beheerder stelt dossiers voor waarvan de bewaartermijn is verstreken. Na uw
          goedkeuring worden hun gegevens vernietigd; het TLV-register en de verklaring van
          vernietiging blijven. Een voorstel dat u zelf deed, keurt een ander goed.
        </Text>
      )}
      {klaar !== null && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel="Melding sluiten"
          onClose={() => setKlaar(null)}
        >
          {klaar}
        </Alert>
      )}
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Voorstellen laden" />}
      {data !== null && data.length === 0 && <Text size="sm">Er zijn nog geen voorstellen.</Text>}
      {role === 'directeur' && data !== null && data.length > 0 && open.length === 0 && (
        <Text size="sm">Er wacht geen voorstel op uw goedkeuring.</Text>
      )}
      {data !== null && data.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table
            striped
            withTableBorder
            verticalSpacing="xs"
            aria-label="Voorstellen tot vernietiging"
          >
            <TableHead
              columns={[
                'Voorstel',
                'Dossiers en verzoeken',
                'Voorgesteld',
                'Beoordeeld',
                'Status',
                { label: 'Acties', hidden: true },
              ]}
            />
            <Table.Tbody>
              {data.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td className={classes.nowrap ?? ''}>
                    {v.verklaringNummer ?? `Voorstel ${v.id}`}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {[
                        ...v.dossiers.map((d) => d.referentie),
                        ...v.avgVerzoeken.map((a) => a.kenmerk),
                      ].map((k, i) => (
                        <span key={k} className={classes.nowrap ?? ''}>
                          {i > 0 ? ', ' : ''}
                          {k}
                        </span>
                      ))}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {v.voorgesteldDoorNaam}, {formatDate(v.voorgesteldOp)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {v.beoordeeldDoorNaam === null
                        ? '—'
                        : `${v.beoordeeldDoorNaam}, ${formatDate(v.beoordeeldOp)}`}
                    </Text>
                  </Table.Td>
                  <Table.Td className={classes.nowrap ?? ''}>
                    <Badge
                      variant="light"
                      color={STATUS[v.status].color}
                      tt="none"
                      miw="max-content"
                    >
                      {STATUS[v.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      {v.magGoedkeuren && (
                        <>
                          <Button
                            size="compact-sm"
                            color="red"
                            onClick={() => setStap({ kind: 'goed', v })}
                          >
                            Goedkeuren en vernietigen
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => setStap({ kind: 'af', v })}
                          >
                            Afwijzen
                          </Button>
                        </>
                      )}
                      {v.status === 'voorgesteld' && role === 'directeur' && !v.magGoedkeuren && (
                        <Text size="xs" c="dimmed">
                          Uw eigen voorstel
                        </Text>
                      )}
                      {v.verklaringNummer !== null && (
                        <Button size="compact-sm" variant="light" onClick={() => setVerklaring(v)}>
                          Verklaring openen
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {stap !== null && (
        <ConfirmDialog
          title={stap.kind === 'goed' ? 'Vernietiging goedkeuren' : 'Voorstel afwijzen'}
          body={
            stap.kind === 'goed' ? (
              <>
                De gegevens van {wat(stap.v.dossiers.length, stap.v.avgVerzoeken.length)} (
                {[
                  ...stap.v.dossiers.map((d) => d.referentie),
                  ...stap.v.avgVerzoeken.map((a) => a.kenmerk),
                ].join(', ')}
                ) worden nu vernietigd: leerling- en oudergegevens, documenten, adviezen, brieven en
                aantekeningen. Dit kan niet ongedaan worden gemaakt. TLA maakt de verklaring van
                vernietiging.
              </>
            ) : (
              <>
                Er wordt niets vernietigd. De beheerder kan de dossiers later opnieuw voorstellen.
              </>
            )
          }
          confirmLabel={stap.kind === 'goed' ? 'Goedkeuren en vernietigen' : 'Afwijzen'}
          run={() =>
            stap.kind === 'goed'
              ? call('vernietiging.keurGoed', { voorstelId: stap.v.id }).then((r) =>
                  setKlaar(
                    `De gegevens zijn vernietigd. Verklaring van vernietiging ${r.verklaringNummer} is gemaakt.`,
                  ),
                )
              : call('vernietiging.wijsAf', { voorstelId: stap.v.id }).then(() =>
                  setKlaar('Het voorstel is afgewezen; er is niets vernietigd.'),
                )
          }
          onClose={() => setStap(null)}
          onDone={() => {
            setStap(null);
            reload();
            onChanged();
          }}
        />
      )}
      {verklaring !== null && (
        <VerklaringDialog voorstel={verklaring} onClose={() => setVerklaring(null)} />
      )}
    </Section>
  );
}

/**
 * Bewaartermijnen en vernietiging (§12, S7). The beheerder sees the dossiers whose term has passed
 * (by kenmerk: never their content), holds one while a beroep runs and proposes; the
 * directeur-bestuurder approves or declines; both open the verklaringen van vernietiging.
 */
export function VernietigingScreen() {
  const { role } = useSession();
  const beheerder = role === 'beheerder';
  const lijst = useCall('bewaren.lijst', beheerder ? {} : null, 'lijst');
  const [versie, setVersie] = useState(0);
  const changed = () => {
    lijst.reload();
    setVersie((v) => v + 1);
  };
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={2}>
        {beheerder ? 'Bewaartermijnen en vernietiging' : 'Vernietiging van dossiers'}
      </Title>
      {lijst.error !== null && <Alert color="red">{lijst.error}</Alert>}
      {beheerder && lijst.data === null && lijst.loading && (
        <Loader size="sm" aria-label="Vernietigingslijst laden" />
      )}
      {beheerder && lijst.data !== null && (
        <>
          <Vernietigingslijst key={`lijst-${versie}`} lijst={lijst.data} onChanged={changed} />
          <Instellingen lijst={lijst.data} onSaved={lijst.reload} />
        </>
      )}
      <Voorstellen versie={versie} onChanged={lijst.reload} />
    </Stack>
  );
}
