import { Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import type { OutputOf } from '../../../electron/contract';
import { formatDays, formatPercentage } from '../../lib/termijnen';

type Dashboard = OutputOf<'termijnen.dashboard'>;
export type Periode = 'maand' | 'kwartaal' | 'schooljaar';

const PERIODES: readonly { value: Periode; label: string }[] = [
  { value: 'maand', label: 'Maand' },
  { value: 'kwartaal', label: 'Kwartaal' },
  { value: 'schooljaar', label: 'Schooljaar' },
];

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
          <SegmentedControl
            transitionDuration={0}
            size="xs"
            aria-label="Periode"
            value={periode}
            onChange={(v) => {
              const next = PERIODES.find((p) => p.value === v);
              if (next !== undefined) onPeriode(next.value);
            }}
            data={PERIODES.map((p) => ({ value: p.value, label: p.label }))}
          />
        </div>
        {current === null || previous === null ? (
          <Text size="sm" c="dimmed">
            Laden…
          </Text>
        ) : (
          <Table verticalSpacing={4} fz="sm" aria-labelledby="termijnen-behaald">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">
                  <span className="tla-visually-hidden">Kengetal</span>
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {current.label}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {previous.label}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
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
