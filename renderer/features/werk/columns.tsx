import type { OutputOf } from '../../../electron/contract';
import type { Column } from '../../components/VirtualTable';
import { DAYS_LEFT_WARNING, describeDaysLeft, formatDate, formatDaysLeft } from '../../lib/format';
import { stateLabel } from '../../lib/labels';
import classes from './columns.module.css';

export type WorkRow = OutputOf<'werk.mijn'>['rows'][number];

// Cells are plain spans with one class each: with thousands of rows scrolled past, the cost of
// styling every new cell (Mantine components carry many classes and variables) is what shows.
export const WERK_COLUMNS: readonly Column<WorkRow>[] = [
  {
    key: 'referentie',
    header: 'Kenmerk',
    width: '130px',
    render: (r) => <span className={classes.mono}>{r.referentie}</span>,
  },
  {
    key: 'leerling',
    header: 'Leerling',
    width: 'minmax(140px, 2fr)',
    render: (r) => r.leerlingNaam,
  },
  { key: 'school', header: 'School', width: 'minmax(140px, 2fr)', render: (r) => r.schoolNaam },
  {
    key: 'status',
    header: 'Status',
    width: 'minmax(150px, 1.4fr)',
    render: (r) => <span className={classes.state}>{stateLabel(r.state)}</span>,
  },
  {
    key: 'ontvangen',
    header: 'Ontvangen',
    width: '150px',
    render: (r) => formatDate(r.ontvangenOp),
  },
  {
    key: 'einde',
    header: 'Einde termijn',
    width: '150px',
    render: (r) => formatDate(r.beslistermijnEnd),
  },
  {
    key: 'dagen',
    header: 'Dagen over',
    width: '120px',
    align: 'end',
    render: (r) => (
      <span className={r.daysLeft < DAYS_LEFT_WARNING ? classes.urgent : undefined}>
        {formatDaysLeft(r.daysLeft)}
      </span>
    ),
  },
];

export function rowLabel(r: WorkRow): string {
  return `${r.referentie}, ${r.leerlingNaam}, ${r.schoolNaam}, ${stateLabel(r.state)}, ${describeDaysLeft(r.daysLeft)}`;
}
