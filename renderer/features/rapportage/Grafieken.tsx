import { BarChart, LineChart } from '@mantine/charts';
import { Paper, Table, Tabs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OutputOf } from '../../../electron/contract';
import { BESLISTERMIJN_DAGEN } from '../../../electron/domain/termijnen';
import { TableHead } from '../../components/TableHead';
import { formatDays, formatPercentage } from '../../lib/termijnen';
import classes from './Rapportage.module.css';

type Kengetallen = OutputOf<'rapportage.kengetallen'>;

/** §9: the beslistermijn of 8 weeks, in days: the line the doorlooptijd is read against. */
const ACHT_WEKEN = BESLISTERMIJN_DAGEN;

const kort = (label: string): string => {
  // 'november 2026' → 'nov 2026' on the axis; the table keeps the full month.
  const [maand, jaar] = label.split(' ');
  return maand === undefined || jaar === undefined ? label : `${maand.slice(0, 3)} ${jaar}`;
};

interface KaartProps {
  id: string;
  titel: string;
  uitleg: string;
  /** Nothing to draw: this sentence instead of an empty chart. */
  leeg: string | null;
  grafiek: ReactNode;
  tabel: ReactNode;
}

/** A chart with its table beside it in tabs (the table is the chart's text alternative). */
function Kaart({ id, titel, uitleg, leeg, grafiek, tabel }: KaartProps) {
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby={id}
      className={classes.kaart ?? ''}
    >
      <Title order={3} size="h5" id={id}>
        {titel}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {uitleg}
      </Text>
      {leeg !== null ? (
        <Text size="sm" className={classes.leeg ?? ''}>
          {leeg}
        </Text>
      ) : (
        <Tabs defaultValue="grafiek" keepMounted={false}>
          <Tabs.List aria-label={`${titel}: grafiek of tabel`}>
            <Tabs.Tab value="grafiek">Grafiek</Tabs.Tab>
            <Tabs.Tab value="tabel">Tabel</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="grafiek" pt="xs">
            <div role="img" aria-label={`${titel}. De cijfers staan onder Tabel.`}>
              {grafiek}
            </div>
          </Tabs.Panel>
          <Tabs.Panel value="tabel" pt="xs" className={classes.kaartTabel ?? ''} tabIndex={0}>
            {tabel}
          </Tabs.Panel>
        </Tabs>
      )}
    </Paper>
  );
}

function MaandTabel({
  label,
  koppen,
  rijen,
}: {
  label: string;
  koppen: readonly string[];
  rijen: readonly (readonly string[])[];
}) {
  return (
    <Table fz="xs" verticalSpacing={2} aria-label={label} striped>
      <TableHead
        columns={koppen.map((k, i) => (i === 0 ? k : { label: k, align: 'right' as const }))}
      />
      <Table.Tbody>
        {rijen.map((r) => (
          <Table.Tr key={r[0]}>
            <Table.Th scope="row" fw={400}>
              {r[0]}
            </Table.Th>
            {r.slice(1).map((c, i) => (
              <Table.Td key={i} ta="right">
                {c}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const H = 220;

/** A long board name on the axis ends in '…' (the table next to it has it whole). */
const afgekort = (naam: string): string => (naam.length > 30 ? `${naam.slice(0, 29)}…` : naam);

/** §11: the four charts people read at a glance, each with its table. */
export function Grafieken({ data }: { data: Kengetallen }) {
  const maanden = data.perMaand.map((m) => ({ ...m, kort: kort(m.label) }));
  const besloten = maanden.reduce((s, m) => s + m.besloten, 0);
  const vanTot =
    maanden.length === 0 ? '' : `${maanden[0]?.label ?? ''} t/m ${maanden.at(-1)?.label ?? ''}`;
  const geenBesluit =
    besloten === 0 ? `Geen besluiten genomen van ${vanTot}: er is nog niets uit te zetten.` : null;
  const tlv = data.tlvMaanden.map((m, i) => ({
    kort: kort(m.label),
    label: m.label,
    aantal: data.totaal[`tlv_einde.${i}`] ?? 0,
  }));
  const tlvTotaal = tlv.reduce((s, m) => s + m.aantal, 0);
  return (
    <div className={classes.grafieken ?? ''}>
      <Kaart
        id="grafiek-doorlooptijd"
        titel="Doorlooptijd per maand"
        uitleg={`Mediaan in dagen van de besluiten per maand (${vanTot}), tegen de beslistermijn van 8 weken (${ACHT_WEKEN} dagen).`}
        leeg={geenBesluit}
        grafiek={
          <LineChart
            h={H}
            data={maanden}
            dataKey="kort"
            series={[
              { name: 'mediaanBruto', label: 'Mediaan bruto', color: 'indigo.7' },
              { name: 'mediaanNetto', label: 'Mediaan netto', color: 'teal.7' },
            ]}
            referenceLines={[{ y: ACHT_WEKEN, label: '8 weken', color: 'red.7' }]}
            valueFormatter={(v) => `${v.toLocaleString('nl-NL')} d`}
            withLegend
            connectNulls={false}
            tooltipAnimationDuration={0}
          />
        }
        tabel={
          <MaandTabel
            label="Doorlooptijd per maand"
            koppen={['Maand', 'Besluiten', 'Mediaan bruto', 'Mediaan netto']}
            rijen={maanden.map((m) => [
              m.label,
              m.besloten.toLocaleString('nl-NL'),
              formatDays(m.mediaanBruto),
              formatDays(m.mediaanNetto),
            ])}
          />
        }
      />
      <Kaart
        id="grafiek-behaald"
        titel="Behaald per maand"
        uitleg={`Aandeel van de besluiten per maand dat binnen de (verlengde) beslistermijn viel (${vanTot}).`}
        leeg={geenBesluit}
        grafiek={
          <BarChart
            h={H}
            data={maanden}
            dataKey="kort"
            series={[{ name: 'behaald', label: 'Behaald', color: 'teal.7' }]}
            yAxisProps={{ domain: [0, 100] }}
            valueFormatter={(v) => `${v.toLocaleString('nl-NL')} %`}
            tooltipAnimationDuration={0}
          />
        }
        tabel={
          <MaandTabel
            label="Behaald per maand"
            koppen={['Maand', 'Besluiten', 'Behaald']}
            rijen={maanden.map((m) => [
              m.label,
              m.besloten.toLocaleString('nl-NL'),
              formatPercentage(m.behaald),
            ])}
          />
        }
      />
      <Kaart
        id="grafiek-bestuur"
        titel="Aanvragen per bestuur"
        uitleg={`Aanvragen ontvangen in ${data.periode.label}, per schoolbestuur.`}
        leeg={
          data.perBestuur.length === 0 ? `Geen aanvragen ontvangen in ${data.periode.label}.` : null
        }
        grafiek={
          <BarChart
            h={Math.max(H, 36 * data.perBestuur.length + 40)}
            data={data.perBestuur}
            dataKey="naam"
            orientation="vertical"
            series={[{ name: 'ontvangen', label: 'Ontvangen', color: 'indigo.7' }]}
            yAxisProps={{ width: 200, tickFormatter: afgekort, interval: 0 }}
            tooltipAnimationDuration={0}
          />
        }
        tabel={
          <MaandTabel
            label="Aanvragen per bestuur"
            koppen={['Schoolbestuur', 'Ontvangen']}
            rijen={data.perBestuur.map((b) => [b.naam, b.ontvangen.toLocaleString('nl-NL')])}
          />
        }
      />
      <Kaart
        id="grafiek-tlv"
        titel="TLV’s die eindigen per maand"
        uitleg="Afgegeven TLV’s die eindigen in de twaalf maanden vanaf deze maand (herindicatie)."
        leeg={tlvTotaal === 0 ? 'Geen afgegeven TLV eindigt in de komende twaalf maanden.' : null}
        grafiek={
          <BarChart
            h={H}
            data={tlv}
            dataKey="kort"
            series={[{ name: 'aantal', label: 'TLV’s', color: 'orange.8' }]}
            tooltipAnimationDuration={0}
          />
        }
        tabel={
          <MaandTabel
            label="TLV’s die eindigen per maand"
            koppen={['Maand', 'TLV’s']}
            rijen={tlv.map((m) => [m.label, m.aantal.toLocaleString('nl-NL')])}
          />
        }
      />
    </div>
  );
}
