import type { OutputOf } from '../../../electron/contract';
import type { Column } from '../../components/VirtualTable';
import { TrafficLight } from '../../components/TrafficLight';
import { describeDaysLeft, formatDate, formatDaysLeft } from '../../lib/format';
import { stateLabel } from '../../lib/labels';
import { STOPLICHT_LABELS, waitsOnLabel } from '../../lib/termijnen';
import { aanvraagColumns } from '../werk/columns';
import werk from '../werk/columns.module.css';
import classes from './Termijnen.module.css';

export type TermijnRow = OutputOf<'termijnen.dashboard'>['rows'][number];

// At 1280×720 every column fits (see werk/columns.tsx); the stand wraps the 'Verdaging nodig'
// badge under the light when its column is narrow.
const aanvraag = aanvraagColumns<TermijnRow>('minmax(100px, 1.5fr)');

export const TERMIJN_COLUMNS: readonly Column<TermijnRow>[] = [
  aanvraag.referentie,
  aanvraag.leerling,
  aanvraag.status,
  {
    key: 'wacht',
    header: 'Wacht op',
    width: 'minmax(130px, 1.2fr)',
    render: (r) => <span className={classes.wacht}>{waitsOnLabel(r.waitsOn, r.state)}</span>,
  },
  { key: 'einde', header: 'Einde termijn', width: '135px', render: (r) => formatDate(r.end) },
  {
    key: 'dagen',
    header: 'Dagen over',
    width: '110px',
    align: 'end',
    render: (r) => (
      <span className={r.daysLeft < 0 ? werk.urgent : undefined}>{formatDaysLeft(r.daysLeft)}</span>
    ),
  },
  {
    key: 'stoplicht',
    header: 'Stand',
    width: 'minmax(130px, 1.8fr)',
    render: (r) => (
      <span className={classes.light}>
        <TrafficLight light={r.trafficLight} />
        {r.verdagingNodig && <span className={classes.badge}>Verdaging nodig</span>}
      </span>
    ),
  },
];

export function termijnRowLabel(r: TermijnRow): string {
  const parts = [
    r.referentie,
    r.leerlingNaam,
    stateLabel(r.state),
    `wacht op ${waitsOnLabel(r.waitsOn, r.state)}`,
    `einde termijn ${formatDate(r.end)}`,
    describeDaysLeft(r.daysLeft),
    STOPLICHT_LABELS[r.trafficLight],
  ];
  if (r.verdagingNodig) parts.push('verdaging nodig');
  return parts.join(', ');
}
