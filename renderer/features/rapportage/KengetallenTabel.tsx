import { Anchor, Table, Tabs, Text } from '@mantine/core';
import type { OutputOf } from '../../../electron/contract';
import { INDELING_LABELS } from '../../../electron/domain/rapportage';
import {
  RAPPORT_SECTIES,
  TLV_EINDE_FIGUREN,
  type Figuur,
} from '../../../electron/domain/rapportage-figuren';
import { TableHead } from '../../components/TableHead';
import { routeHref } from '../../lib/router';
import classes from './Rapportage.module.css';
import { schrijfVraag, type Vraag } from './vraag';

type Kengetallen = OutputOf<'rapportage.kengetallen'>;
type Waarden = Kengetallen['totaal'];

/** A figure as the table shows it: '12', '56,5 dagen', '87,5 %', or a dash when there is none. */
export function formatFiguur(f: Pick<Figuur, 'type'>, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  const n = v.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  if (f.type === 'percentage') return `${n} %`;
  if (f.type === 'dagen') return `${n} d`;
  return n;
}

interface Props {
  data: Kengetallen;
  vraag: Vraag;
  sectie: string;
  onSectie: (s: string) => void;
}

interface Rij {
  naam: string;
  /** The group's key; null for the total. */
  groep: string | null;
  waarden: Waarden;
}

/** One cell: the figure, a link to the aanvragen behind it when there are any. */
function Cel({ f, rij, vraag }: { f: Figuur; rij: Rij; vraag: Vraag }) {
  const v = rij.waarden[f.sleutel];
  const text = formatFiguur(f, v);
  const none = v === null || v === undefined || (f.type === 'geheel' && v === 0);
  if (none) return <Table.Td ta="right">{text}</Table.Td>;
  const q = schrijfVraag(vraag, {
    figuur: f.sleutel,
    ...(rij.groep === null ? {} : { groep: rij.groep }),
  });
  return (
    <Table.Td ta="right">
      <Anchor
        href={routeHref({ name: 'rapportageLijst', q })}
        aria-label={`${f.label}, ${rij.naam}: ${text}. Toon de aanvragen.`}
      >
        {text}
      </Anchor>
    </Table.Td>
  );
}

function FigurenTabel(props: {
  label: string;
  kop: string;
  figuren: readonly Figuur[];
  koppen?: readonly string[];
  rijen: readonly Rij[];
  vraag: Vraag;
}) {
  const { figuren, rijen, vraag } = props;
  return (
    // A wide section scrolls sideways: reachable by keyboard (tabIndex) as a named region.
    <div
      className={classes.tableWrap ?? ''}
      tabIndex={0}
      role="region"
      aria-label={`${props.label}, tabel`}
    >
      <Table
        verticalSpacing={6}
        fz="sm"
        striped
        highlightOnHover
        stickyHeader
        aria-label={props.label}
        className={classes.table ?? ''}
      >
        <TableHead
          columns={[
            props.kop,
            ...figuren.map((f, i) => ({
              label: props.koppen?.[i] ?? f.kop ?? f.label,
              align: 'right' as const,
            })),
          ]}
        />
        <Table.Tbody>
          {rijen.map((rij) => (
            <Table.Tr
              key={rij.groep ?? '—totaal—'}
              className={rij.groep === null ? (classes.totaal ?? '') : ''}
            >
              <Table.Th scope="row" fw={rij.groep === null ? 700 : 400}>
                {rij.naam}
              </Table.Th>
              {figuren.map((f) => (
                <Cel key={f.sleutel} f={f} rij={rij} vraag={vraag} />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** §11: the kengetallen as a table per section: the total first, then one row per group. */
export function KengetallenTabel({ data, vraag, sectie, onSectie }: Props) {
  const kop = data.indeling === 'geen' ? 'Periode' : INDELING_LABELS[data.indeling];
  const rijen: Rij[] = [
    {
      naam: data.indeling === 'geen' ? data.periode.label : 'Totaal',
      groep: null,
      waarden: data.totaal,
    },
    ...data.groepen.map((g) => ({ naam: g.naam, groep: g.sleutel, waarden: g.waarden })),
  ];
  return (
    <Tabs value={sectie} onChange={(v) => v !== null && onSectie(v)} keepMounted={false}>
      <Tabs.List aria-label="Onderdeel van de rapportage">
        {RAPPORT_SECTIES.map((s) => (
          <Tabs.Tab key={s.sleutel} value={s.sleutel}>
            {s.titel}
          </Tabs.Tab>
        ))}
        <Tabs.Tab value="tlv">TLV’s die eindigen</Tabs.Tab>
      </Tabs.List>
      {RAPPORT_SECTIES.map((s) => (
        <Tabs.Panel key={s.sleutel} value={s.sleutel} pt="sm">
          <FigurenTabel label={s.titel} kop={kop} figuren={s.figuren} rijen={rijen} vraag={vraag} />
          {s.sleutel === 'opschortingen' && (
            <Text size="xs" c="dimmed" mt={4}>
              Gronden van Awb 4:15: lid 1a aanvulling gevraagd; lid 2a met schriftelijke instemming
              van de aanvrager; lid 2b vertraging door de aanvrager; lid 2c overmacht. Aantal:
              gevraagd in de periode; dagen: opgeschorte dagen die in de periode vallen.
            </Text>
          )}
        </Tabs.Panel>
      ))}
      <Tabs.Panel value="tlv" pt="sm">
        <Text size="sm" c="dimmed" mb="xs">
          Afgegeven TLV’s (na een gegrond bezwaar: de herziene) die eindigen in elk van de twaalf
          maanden vanaf deze maand, los van de gekozen periode.
        </Text>
        <FigurenTabel
          label="TLV’s die eindigen"
          kop={kop}
          figuren={TLV_EINDE_FIGUREN}
          koppen={data.tlvMaanden.map((m) => m.label)}
          rijen={rijen}
          vraag={vraag}
        />
      </Tabs.Panel>
    </Tabs>
  );
}
