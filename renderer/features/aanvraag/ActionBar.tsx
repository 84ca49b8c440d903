import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { ProcedureName } from '../../../electron/contract';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import type { Action } from './types';

/** Steps that are one call with only the aanvraag id. */
const SIMPLE: Readonly<
  Record<
    string,
    ProcedureName &
      (
        | 'aanvraag.startControle'
        | 'aanvraag.markComplete'
        | 'aanvraag.presenteer'
        | 'aanvraag.agendeer'
      )
  >
> = {
  start_controle: 'aanvraag.startControle',
  markeer_compleet: 'aanvraag.markComplete',
  presenteer: 'aanvraag.presenteer',
  agendeer: 'aanvraag.agendeer',
};

/** Steps that have their own panel or dialog on the page, or are taken in the meeting screen. */
const PANELS = new Set([
  'archiveer',
  'verzend',
  'stel_buiten_behandeling_voor',
  'wijs_buiten_behandeling_af',
  'vergadering_advies',
  'vergadering_aanhouden',
  'wijs_toe',
  'stel_vast',
  'stuur_terug',
  'vraag_aanvulling',
  'aanvulling_ontvangen',
  'vragen_beantwoord',
  'buiten_behandeling',
  'trek_in',
  'registreer_bezwaar',
  'beslis_op_bezwaar',
]);

export function isSimple(event: string): boolean {
  return event in SIMPLE;
}

/** Whether the screens take this step: a button here, its own panel or dialog, or the meeting screen. */
export function takenOnScreen(event: string): boolean {
  return isSimple(event) || PANELS.has(event);
}

interface Props {
  aanvraagId: number;
  actions: readonly Action[];
  onDone: () => void;
  /** Only these events (default: every simple one). */
  only?: readonly string[];
}

/** Buttons for the simple steps the backend allows now, with the backend's labels. */
export function ActionBar({ aanvraagId, actions, onDone, only }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const simple = actions.filter(
    (a) => isSimple(a.event) && (only === undefined || only.includes(a.event)),
  );
  if (simple.length === 0) return null;

  const take = async (action: Action): Promise<void> => {
    const procedure = SIMPLE[action.event];
    if (procedure === undefined) return;
    setBusy(action.event);
    setError(null);
    try {
      await call(procedure, { aanvraagId });
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Group>
        {simple.map((a) => (
          <Button
            key={a.event}
            onClick={() => void take(a)}
            loading={busy === a.event}
            disabled={busy !== null && busy !== a.event}
          >
            {a.label}
          </Button>
        ))}
      </Group>
      {error !== null && <Alert color="red">{error}</Alert>}
    </>
  );
}

/** Steps the backend allows that this version of the screen cannot take yet. */
export function OtherActions({ actions }: { actions: readonly Action[] }) {
  const other = actions.filter((a) => !takenOnScreen(a.event));
  if (other.length === 0) return null;
  return (
    <Text size="sm" c="dimmed">
      Deze stappen kunnen nog niet in dit scherm worden gezet:{' '}
      {other.map((a) => a.label).join(', ')}.
    </Text>
  );
}
