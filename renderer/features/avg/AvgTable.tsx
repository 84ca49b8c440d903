import { Anchor, Table, Text } from '@mantine/core';
import { AVG_STATUS_LABELS, AVG_UITKOMST_LABELS } from '../../../electron/domain/avg-verzoeken';
import { TableHead } from '../../components/TableHead';
import { TrafficLight } from '../../components/TrafficLight';
import { describeDaysLeft, formatDate } from '../../lib/format';
import { routeHref } from '../../lib/router';
import { SOORT_KORT, type AvgRij } from './labels';

/** Requests in a table: the kenmerk opens the request; open ones show their light. */
export function AvgTable({
  rows,
  label,
  compact = false,
}: {
  rows: readonly AvgRij[];
  label: string;
  compact?: boolean;
}) {
  const head = compact
    ? ['Kenmerk', 'Soort', 'Leerling', 'Uiterlijk antwoord', 'Stand']
    : [
        'Kenmerk',
        'Soort',
        'Leerling',
        'Verzoeker',
        'Ontvangen',
        'Uiterlijk antwoord',
        'Stand',
        'Status',
      ];
  return (
    <Table verticalSpacing={compact ? 4 : 'xs'} aria-label={label} striped={!compact}>
      <TableHead columns={head} />
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <Anchor href={routeHref({ name: 'avgVerzoek', id: r.id })} size="sm">
                {r.kenmerk}
              </Anchor>
            </Table.Td>
            <Table.Td>{SOORT_KORT[r.soort]}</Table.Td>
            <Table.Td>{r.leerlingNaam}</Table.Td>
            {!compact && <Table.Td>{r.verzoekerNaam}</Table.Td>}
            {!compact && <Table.Td>{formatDate(r.ontvangenOp)}</Table.Td>}
            <Table.Td>
              {r.stoplicht === null ? (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              ) : (
                <>
                  {formatDate(r.uiterlijk)}
                  <Text size="xs" c="dimmed">
                    {describeDaysLeft(r.daysLeft)}
                  </Text>
                </>
              )}
            </Table.Td>
            <Table.Td>
              {r.stoplicht !== null ? (
                <TrafficLight light={r.stoplicht} />
              ) : r.uitkomst !== null ? (
                `${AVG_UITKOMST_LABELS[r.uitkomst]} op ${formatDate(r.afgehandeldOp)}`
              ) : (
                '—'
              )}
            </Table.Td>
            {!compact && <Table.Td>{AVG_STATUS_LABELS[r.status]}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
