import type { OutputOf } from '../../../electron/contract';
import { TLV_STATUS_LABELS } from '../../../electron/domain/tlv-register';
import type { Column } from '../../components/VirtualTable';
import { formatDate } from '../../lib/format';
import classes from './Register.module.css';

export type RegisterRow = OutputOf<'tlvRegister.lijst'>['rows'][number];
export type RadarRow = OutputOf<'tlvRegister.radar'>['rows'][number];

/** What a destroyed dossier's row shows instead of the pupil (§12: the register keeps no pupil). */
export const GEEN_LEERLING = '(gegevens vernietigd)';

export function soortEnCategorie(r: Pick<RegisterRow, 'schoolsoort' | 'categorie'>): string {
  return r.categorie === null ? r.schoolsoort : `${r.schoolsoort} ${r.categorie}`;
}

export function StatusLabel({ row }: { row: Pick<RegisterRow, 'status'> }) {
  return (
    <span className={`${classes.status} ${classes[row.status] ?? ''}`}>
      {TLV_STATUS_LABELS[row.status]}
    </span>
  );
}

// At 1280×720 the least widths and gaps sum to about 950 px; names may end in '…' (the row's label
// says them whole).
export const REGISTER_COLUMNS: readonly Column<RegisterRow>[] = [
  {
    key: 'volgnummer',
    header: 'Volgnummer',
    width: '150px',
    render: (r) => (
      <span>
        <span className={classes.mono}>{r.volgnummer}</span>
        {r.vervangtVolgnummer !== null && (
          <span className={classes.sub}>vervangt {r.vervangtVolgnummer}</span>
        )}
      </span>
    ),
  },
  {
    key: 'leerling',
    header: 'Leerling',
    width: 'minmax(115px, 2fr)',
    render: (r) => (
      <span>
        {r.leerlingNaam ?? GEEN_LEERLING}
        {r.leerlingGeboortedatum !== null && (
          <span className={classes.sub}>{formatDate(r.leerlingGeboortedatum)}</span>
        )}
      </span>
    ),
  },
  {
    key: 'school',
    header: 'School',
    width: 'minmax(115px, 2fr)',
    render: (r) => (
      <span>
        {r.schoolNaam}
        <span className={classes.sub}>
          {r.brin} {r.vestiging}
        </span>
      </span>
    ),
  },
  { key: 'soort', header: 'Soort', width: '90px', render: soortEnCategorie },
  {
    key: 'periode',
    header: 'Periode',
    width: '192px',
    render: (r) => `${formatDate(r.begindatum)} – ${formatDate(r.einddatum)}`,
  },
  { key: 'besluit', header: 'Afgegeven', width: '128px', render: (r) => formatDate(r.afgegevenOp) },
  {
    key: 'status',
    header: 'Status',
    width: 'minmax(140px, 1.2fr)',
    render: (r) => (
      <span>
        <StatusLabel row={r} />
        {r.herindicatie !== null && (
          <span className={classes.sub}>herindicatie {r.herindicatie.referentie}</span>
        )}
      </span>
    ),
  },
];

export function registerRowLabel(r: RegisterRow): string {
  return [
    `TLV ${r.volgnummer}`,
    r.leerlingNaam ?? GEEN_LEERLING,
    r.leerlingGeboortedatum === null ? '' : `geboren ${formatDate(r.leerlingGeboortedatum)}`,
    r.schoolNaam,
    soortEnCategorie(r),
    `van ${formatDate(r.begindatum)} tot en met ${formatDate(r.einddatum)}`,
    TLV_STATUS_LABELS[r.status],
    r.vervangtVolgnummer === null ? '' : `vervangt ${r.vervangtVolgnummer}`,
    `aanvraag ${r.referentie}`,
  ]
    .filter((p) => p !== '')
    .join(', ');
}
