import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { OutputOf } from '../../../../electron/contract';
import { compareIsoDates } from '../../../../electron/domain/calendar';
import { call } from '../../../api/client';
import { DateReasonDialog } from '../../../components/DateReasonDialog';
import { formatDate } from '../../../lib/format';
import { todayIso } from '../../../lib/termijnen';
import { AdviesOntvangenDialog } from './AdviesOntvangenDialog';
import { BeslissingDialog } from './BeslissingDialog';
import { datumStapSchemas, type DatumStap } from './stappen';
import { TableHead } from '../../../components/TableHead';

type Bezwaar = NonNullable<OutputOf<'bezwaar.get'>>;
type Stap = DatumStap | 'advies_ontvangen' | 'beslist';

interface Step {
  stap: Stap;
  label: string;
  due: string | null;
  done: string | null;
  /** What was decided or received, under the step. */
  note?: string | null;
  offered: boolean;
}

function steps(b: Bezwaar, mayDecide: boolean): Step[] {
  const closed = b.geslotenOp !== null;
  return [
    {
      stap: 'ontvangstbevestiging',
      label: 'Ontvangstbevestiging verstuurd',
      due: b.ontvangstbevestigingUiterlijk,
      done: b.ontvangstbevestigingOp,
      offered: !closed,
    },
    {
      stap: 'advies_gevraagd',
      label: 'Advies gevraagd aan de bezwaar-adviescommissie',
      due: b.adviesaanvraagUiterlijk,
      done: b.adviesGevraagdOp,
      offered: !closed,
    },
    {
      stap: 'advies_ontvangen',
      label: 'Advies van de commissie ontvangen',
      due: null,
      done: b.adviesOntvangenOp,
      note: b.adviesSamenvatting,
      offered: !closed && b.adviesGevraagdOp !== null,
    },
    {
      stap: 'verdaagd',
      label: 'Beslistermijn verdaagd (6 weken)',
      due: null,
      done: b.verdaagd ? 'ja' : null,
      offered: !closed && b.beslistOp === null,
    },
    {
      stap: 'beslist',
      label: 'Beslissing op bezwaar',
      due: b.beslissingUiterlijk,
      done: b.beslistOp,
      note:
        b.uitkomst === null
          ? null
          : b.uitkomst === 'gegrond'
            ? 'Gegrond: het besluit is herzien.'
            : 'Ongegrond: het besluit blijft.',
      offered: !closed && mayDecide,
    },
    {
      stap: 'gesloten',
      label: 'Bezwaar gesloten',
      due: null,
      done: b.geslotenOp,
      offered: b.beslistOp !== null,
    },
  ];
}

const DATE_STEPS: Readonly<Record<DatumStap, { title: string; label: string }>> = {
  ontvangstbevestiging: { title: 'Ontvangstbevestiging', label: 'Verstuurd op' },
  advies_gevraagd: { title: 'Advies gevraagd', label: 'Gevraagd op' },
  verdaagd: { title: 'Beslistermijn verdagen', label: 'Meegedeeld op' },
  gesloten: { title: 'Bezwaar sluiten', label: 'Gesloten op' },
};

interface Props {
  aanvraagId: number;
  bezwaar: Bezwaar;
  /** The backend offers the decision on the bezwaar now (workflow: beslis_op_bezwaar). */
  mayDecide: boolean;
  canAct: boolean;
  onDone: () => void;
}

/** Awb 6:7–7:10: every step of the bezwaar with its due date; late ones marked in words. */
export function BezwaarStappen({ aanvraagId, bezwaar, mayDecide, canAct, onDone }: Props) {
  const [open, setOpen] = useState<Stap | null>(null);
  const today = todayIso();
  const close = (): void => setOpen(null);
  const done = (): void => {
    setOpen(null);
    onDone();
  };
  return (
    <>
      <Table verticalSpacing="xs" fz="sm" aria-label="Stappen van het bezwaar">
        <TableHead columns={['Stap', 'Uiterlijk', 'Gedaan', { label: 'Actie', hidden: true }]} />
        <Table.Tbody>
          {steps(bezwaar, mayDecide).map((s) => {
            const late = s.done === null && s.due !== null && compareIsoDates(s.due, today) < 0;
            return (
              <Table.Tr key={s.stap}>
                <Table.Td>
                  {s.label}
                  {s.note != null && s.note !== '' && (
                    <Text size="xs" c="dimmed" className="tla-prewrap">
                      {s.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {formatDate(s.due)}
                  {late && (
                    <Badge ml="xs" color="red" variant="light" tt="none">
                      Te laat
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{s.done === 'ja' ? 'Ja' : formatDate(s.done)}</Table.Td>
                <Table.Td ta="right">
                  {canAct && s.done === null && s.offered && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={`Vastleggen: ${s.label}`}
                      onClick={() => setOpen(s.stap)}
                    >
                      Vastleggen
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {open === 'advies_ontvangen' && (
        <AdviesOntvangenDialog aanvraagId={aanvraagId} onClose={close} onDone={done} />
      )}
      {open === 'beslist' && (
        <BeslissingDialog aanvraagId={aanvraagId} onClose={close} onDone={done} />
      )}
      {open !== null && open !== 'advies_ontvangen' && open !== 'beslist' && (
        <DateReasonDialog
          title={DATE_STEPS[open].title}
          submitLabel="Vastleggen"
          size="md"
          schema={datumStapSchemas[open]}
          defaultValues={{ datum: today }}
          dates={[
            { name: 'datum', label: DATE_STEPS[open].label, required: true, autofocus: true },
          ]}
          send={(values) => call('bezwaar.stap', { aanvraagId, stap: { stap: open, ...values } })}
          onClose={close}
          onDone={done}
        />
      )}
    </>
  );
}
