import { Badge, Button, Table } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../../api/client';
import { contract } from '../../../../electron/contract';
import { DateReasonDialog } from '../../../components/DateReasonDialog';
import { formatDate } from '../../../lib/format';
import { formatDays, todayIso, type TermijnView } from '../../../lib/termijnen';
import { TableHead } from '../../../components/TableHead';

type Opschorting = TermijnView['opschortingen'][number];
const beeindig = contract['opschorting.beeindig'].input.omit({ opschortingId: true });

const SOORT: Readonly<Record<Opschorting['soort'], string>> = {
  aanvulling: 'Aanvulling',
  vragen: 'Vragen aan de school',
  overig: 'Overig',
};

interface Props {
  opschortingen: readonly Opschorting[];
  /** The secretary may end a running suspension on a lid 2 ground. */
  canEnd: boolean;
  onDone: () => void;
}

/** Awb 4:15: every suspension with its legal ground, its dates and the days it added. */
export function OpschortingenTable({ opschortingen, canEnd, onDone }: Props) {
  const [ending, setEnding] = useState<Opschorting | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" fz="sm" aria-label="Opschortingen">
          <TableHead
            columns={[
              'Grond',
              'Vanaf',
              'Termijn tot',
              'Hervat op',
              { label: 'Opgeschort', align: 'right' },
              { label: 'Stand', hidden: true },
            ]}
          />
          <Table.Tbody>
            {opschortingen.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  {o.grondLabel}
                  <br />
                  <span className="tla-dimmed-small">
                    {SOORT[o.soort]}
                    {o.termWerkdagen !== null ? `, ${o.termWerkdagen} werkdagen` : ''}
                    {o.toelichting !== '' ? ` · ${o.toelichting}` : ''}
                  </span>
                </Table.Td>
                <Table.Td>{formatDate(o.start)}</Table.Td>
                <Table.Td>{formatDate(o.termEnd)}</Table.Td>
                <Table.Td>{formatDate(o.resumedOn)}</Table.Td>
                <Table.Td ta="right">{formatDays(o.suspendedDays)}</Table.Td>
                <Table.Td>
                  {o.running && (
                    <Badge variant="light" color="blue" tt="none">
                      Loopt nog
                    </Badge>
                  )}
                  {o.running && canEnd && o.soort === 'overig' && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      ml="xs"
                      onClick={() => setEnding(o)}
                      aria-label={`Opschorting van ${formatDate(o.start)} beëindigen`}
                    >
                      Beëindigen
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {ending !== null && (
        <DateReasonDialog
          title="Opschorting beëindigen"
          intro={`${ending.grondLabel}, sinds ${formatDate(ending.start)}. De beslistermijn loopt weer vanaf de dag die u hieronder kiest.`}
          submitLabel="Opschorting beëindigen"
          size="md"
          schema={beeindig}
          defaultValues={{ hervatOp: todayIso() }}
          dates={[
            {
              name: 'hervatOp',
              label: 'De termijn loopt weer vanaf',
              required: true,
              autofocus: true,
            },
          ]}
          send={(values) => call('opschorting.beeindig', { opschortingId: ending.id, ...values })}
          onClose={() => setEnding(null)}
          onDone={() => {
            setEnding(null);
            onDone();
          }}
        />
      )}
    </>
  );
}
