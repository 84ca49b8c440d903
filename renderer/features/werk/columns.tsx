import { Badge, Text } from '@mantine/core';
import type { OutputOf } from '../../../electron/api/contract';
import type { Column } from '../../components/VirtualTable';
import { DAYS_LEFT_WARNING, formatDate, formatDaysLeft } from '../../lib/format';
import { stateLabel } from '../../lib/labels';

export type WorkRow = OutputOf<'werk.mijn'>['rows'][number];

export const WERK_COLUMNS: readonly Column<WorkRow>[] = [
  {
    key: 'referentie',
    header: 'Kenmerk',
    width: '130px',
    render: (r) => (
      <Text size="sm" ff="monospace">
        {r.referentie}
      </Text>
    ),
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
    render: (r) => (
      <Badge variant="light" color="blue" tt="none">
        {stateLabel(r.state)}
      </Badge>
    ),
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
    width: '110px',
    align: 'end',
    render: (r) => (
      <Text size="sm" span {...(r.daysLeft < DAYS_LEFT_WARNING ? { c: 'red.8', fw: 700 } : {})}>
        {formatDaysLeft(r.daysLeft)}
      </Text>
    ),
  },
];

export function rowLabel(r: WorkRow): string {
  return `${r.referentie}, ${r.leerlingNaam}, ${r.schoolNaam}, ${stateLabel(r.state)}, nog ${formatDaysLeft(r.daysLeft)}`;
}
