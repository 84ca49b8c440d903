import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { OutputOf } from '../../../electron/contract';
import { ChoiceSegments } from '../../components/Choice';
import { formatDays, formatPercentage } from '../../lib/termijnen';
import { TableHead } from '../../components/TableHead';

type Dashboard = OutputOf<'termijnen.dashboard'>;
export type Periode = 'maand' | 'kwartaal' | 'schooljaar';

const PERIODES: readonly Periode[] = ['maand', 'kwartaal', 'schooljaar'];
const PERIODE_LABELS: Readonly<Record<Periode, string>> = {
  maand: 'Maand',
  kwartaal: 'Kwartaal',
  schooljaar: 'Schooljaar',
};

interface Props {
  current: Dashboard['current'] | null;
  previous: Dashboard['previous'] | null;
  periode: Periode;
  onPeriode: (p: Periode) => void;
}

/** §9: the behaald percentage and the median doorlooptijd of this period and the one before. */
export function PeriodFigures({ current, previous, periode, onPeriode }: Props) {
  const rows: readonly { label: string; value: (f: Dashboard['current']) => string }[] = [
    { label: 'Besluiten genomen', value: (f) => f.decided.toLocaleString('nl-NL') },
    { label: 'Binnen de termijn (behaald)', value: (f) => formatPercentage(f.behaaldPercentage) },
    { label: 'Mediane doorlooptijd bruto', value: (f) => formatDays(f.medianGross) },
    { label: 'Mediane doorlooptijd netto', value: (f) => formatDays(f.medianNet) },
  ];
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="termijnen-behaald">
      <Stack gap="xs">
        <div className="tla-section-head">
          <Title order={3} size="h5" id="termijnen-behaald">
            Behaald en doorlooptijd
          </Title>
          <ChoiceSegments
            size="xs"
            aria-label="Periode"
            options={PERIODES}
            labels={PERIODE_LABELS}
            value={periode}
            onChange={onPeriode}
          />
        </div>
        {current === null || previous === null ? (
          <Text size="sm" c="dimmed">
            Laden…
          </Text>
        ) : (
          <Table verticalSpacing={4} fz="sm" aria-labelledby="termijnen-behaald">
            <TableHead
              columns={[
                { label: 'Kengetal', hidden: true },
                { label: current.label, align: 'right' },
                { label: previous.label, align: 'right' },
              ]}
            />
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.label}>
                  <Table.Th scope="row" fw={400}>
                    {r.label}
                  </Table.Th>
                  <Table.Td ta="right" fw={600}>
                    {r.value(current)}
                  </Table.Td>
                  <Table.Td ta="right">{r.value(previous)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
