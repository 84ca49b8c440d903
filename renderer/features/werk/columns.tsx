import { Text } from '@mantine/core';
import type { OutputOf } from '../../../electron/contract';
import type { AanvraagState } from '../../../electron/domain/types';
import type { Column } from '../../components/VirtualTable';
import { DAYS_LEFT_WARNING, describeDaysLeft, formatDate, formatDaysLeft } from '../../lib/format';
import { stateLabel } from '../../lib/labels';
import classes from './columns.module.css';

export type WorkRow = OutputOf<'werk.mijn'>['rows'][number];

// Cells are plain spans with one class each: with thousands of rows scrolled past, the cost of
// styling every new cell (Mantine components carry many classes and variables) is what shows.

/** The columns every list of aanvragen starts with: kenmerk, leerling (its width given) and status. */
export function aanvraagColumns<
  T extends { referentie: string; leerlingNaam: string; state: AanvraagState },
>(leerlingWidth: string): { referentie: Column<T>; leerling: Column<T>; status: Column<T> } {
  return {
    referentie: {
      key: 'referentie',
      header: 'Kenmerk',
      width: '130px',
      render: (r) => <span className={classes.mono}>{r.referentie}</span>,
    },
    leerling: {
      key: 'leerling',
      header: 'Leerling',
      width: leerlingWidth,
      render: (r) => r.leerlingNaam,
    },
    status: {
      key: 'status',
      header: 'Status',
      width: 'minmax(150px, 1.4fr)',
      render: (r) => <span className={classes.state}>{stateLabel(r.state)}</span>,
    },
  };
}

// One formatter for the count: toLocaleString builds a new one on every call (it showed on every
// keystroke of a search).
const COUNT = new Intl.NumberFormat('nl-NL');

/** Above a list of aanvragen: how many it holds ('Laden…' while unknown), read out when it changes. */
export function AanvragenTeller({ total }: { total: number | null }) {
  return (
    <Text size="sm" aria-live="polite" c="dimmed">
      {total === null ? 'Laden…' : total === 1 ? '1 aanvraag' : `${COUNT.format(total)} aanvragen`}
    </Text>
  );
}

// At 1280×720 every column fits: the least widths and gaps below sum to about 950 px, the list's
// rows have 970. Only the names of pupil and school may end in '…' (the row's label says them whole).
const aanvraag = aanvraagColumns<WorkRow>('minmax(110px, 2fr)');

export const WERK_COLUMNS: readonly Column<WorkRow>[] = [
  aanvraag.referentie,
  aanvraag.leerling,
  { key: 'school', header: 'School', width: 'minmax(110px, 2fr)', render: (r) => r.schoolNaam },
  aanvraag.status,
  {
    key: 'ontvangen',
    header: 'Ontvangen',
    width: '135px',
    render: (r) => formatDate(r.ontvangenOp),
  },
  {
    key: 'einde',
    header: 'Einde termijn',
    width: '135px',
    render: (r) => formatDate(r.beslistermijnEnd),
  },
  {
    key: 'dagen',
    header: 'Dagen over',
    width: '110px',
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
