import type { OutputOf } from '../../../electron/contract';
import type { LijstTermijn } from '../../../electron/domain/alle-aanvragen';
import type { AanvraagSoort, BesluitUitkomst } from '../../../electron/domain/types';
import type { Column } from '../../components/VirtualTable';
import { DAYS_LEFT_WARNING, describeDaysLeft } from '../../lib/format';
import { isoToDutch } from '../../lib/dutchDate';
import { stateLabel } from '../../lib/labels';
import { aanvraagColumns } from '../werk/columns';
import classes from './columns.module.css';

export type ZoekRow = OutputOf<'aanvragen.zoek'>['rows'][number];

// Nine columns in the 1,000 px of a 1280×720 screen: dates as dd-mm-jjjj, the soort short, the
// decision and the term in two small lines each (the row's label reads them in full).

/** The soort of an aanvraag in a table cell (the glossary's words, shortened). */
export const SOORT_KORT: Readonly<Record<AanvraagSoort, string>> = {
  zij_instroom: 'Zij-instroom',
  onderinstroom: 'Onderinstroom',
  herindicatie: 'Herindicatie',
  aanpassing_categorie: 'Aanpassing categorie',
  zonder_toestemming: 'Zonder toestemming',
};

/** §7: the decision in a table cell. */
export const UITKOMST_KORT: Readonly<Record<BesluitUitkomst, string>> = {
  tlv_afgegeven: 'TLV afgegeven',
  tlv_niet_afgegeven: 'Niet afgegeven',
  buiten_behandeling: 'Buiten behandeling',
};

const TERMIJN_LABELS: Readonly<Record<LijstTermijn, string>> = {
  beslistermijn: 'Beslistermijn',
  bezwaartermijn: 'Bezwaartermijn',
  beslissing_op_bezwaar: 'Besluit op bezwaar',
};

function TwoLines({ top, bottom }: { top: string; bottom: string }) {
  return (
    <span className={classes.two}>
      <span className={classes.top}>{top}</span>
      <span className={classes.sub}>{bottom}</span>
    </span>
  );
}

/** The term's name, then its last day; red when fewer than 10 days are left or it has passed. */
function Termijn({ t }: { t: NonNullable<ZoekRow['termijn']> }) {
  // A bezwaartermijn that has passed is no warning: it is over.
  const over = t.soort === 'bezwaartermijn' && t.dagenOver < 0;
  const urgent = !over && t.dagenOver < DAYS_LEFT_WARNING;
  return (
    <span className={classes.two} title={over ? 'voorbij' : describeDaysLeft(t.dagenOver)}>
      <span className={classes.sub}>{TERMIJN_LABELS[t.soort]}</span>
      <span className={urgent ? classes.urgent : classes.top}>
        {over ? 'voorbij' : `t/m ${isoToDutch(t.einde)}`}
      </span>
    </span>
  );
}

const dash = <span className={classes.none}>—</span>;

const aanvraag = aanvraagColumns<ZoekRow>('minmax(80px, 1.1fr)');

export const ALLE_COLUMNS: readonly Column<ZoekRow>[] = [
  {
    ...aanvraag.referentie,
    width: '104px',
    render: (r) => <span className={classes.nummer}>{r.referentie}</span>,
  },
  {
    ...aanvraag.leerling,
    render: (r) => (
      <span className={classes.clamp} title={r.leerlingNaam}>
        {r.leerlingNaam}
      </span>
    ),
  },
  {
    key: 'school',
    header: 'School',
    width: 'minmax(96px, 1.5fr)',
    render: (r) => (
      <span className={classes.clamp} title={r.schoolNaam}>
        {r.schoolNaam}
      </span>
    ),
  },
  {
    key: 'soort',
    header: 'Soort',
    width: '88px',
    render: (r) => <span className={classes.small}>{SOORT_KORT[r.soort]}</span>,
  },
  {
    ...aanvraag.status,
    width: 'minmax(96px, 0.9fr)',
    render: (r) => <span className={classes.state}>{stateLabel(r.state)}</span>,
  },
  {
    key: 'ontvangen',
    header: 'Ontvangen',
    width: '78px',
    render: (r) => <span className={classes.nummer}>{isoToDutch(r.ontvangenOp)}</span>,
  },
  {
    key: 'besluit',
    header: 'Besluit',
    width: '104px',
    render: (r) =>
      r.besluit === null ? (
        dash
      ) : (
        <TwoLines top={UITKOMST_KORT[r.besluit.uitkomst]} bottom={isoToDutch(r.besluit.datum)} />
      ),
  },
  {
    key: 'volgnummer',
    header: 'Volgnummer',
    width: '120px',
    render: (r) =>
      r.volgnummer === null ? dash : <span className={classes.nummer}>{r.volgnummer}</span>,
  },
  {
    key: 'termijn',
    header: 'Termijn',
    width: '104px',
    render: (r) => (r.termijn === null ? dash : <Termijn t={r.termijn} />),
  },
];

/** What a screen reader reads for a row: every column in words. */
export function zoekRowLabel(r: ZoekRow): string {
  const parts = [
    r.referentie,
    r.leerlingNaam,
    r.schoolNaam,
    SOORT_KORT[r.soort],
    stateLabel(r.state),
  ];
  parts.push(`ontvangen ${isoToDutch(r.ontvangenOp)}`);
  if (r.besluit !== null)
    parts.push(`besluit ${UITKOMST_KORT[r.besluit.uitkomst]} op ${isoToDutch(r.besluit.datum)}`);
  if (r.volgnummer !== null) parts.push(`volgnummer ${r.volgnummer}`);
  if (r.termijn !== null)
    parts.push(
      `${TERMIJN_LABELS[r.termijn.soort].toLowerCase()} tot en met ${isoToDutch(r.termijn.einde)}, ${describeDaysLeft(r.termijn.dagenOver)}`,
    );
  return parts.join(', ');
}
