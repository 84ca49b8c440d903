import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { DateReasonDialog } from '../../../components/DateReasonDialog';
import { todayIso, type TermijnView } from '../../../lib/termijnen';
import { ConfirmSign } from '../ConfirmSign';
import { hasAction, type Action } from '../types';
import { AanvullingVragenDialog } from './AanvullingVragenDialog';
import { IntrekkenDialog } from './IntrekkenDialog';

const aanvullingOntvangen = contract['aanvulling.ontvangen'].input.omit({ aanvraagId: true });

/** Workflow steps (from the backend's actions) that need a dialog rather than one click. */
export const DIALOG_EVENTS = [
  'vraag_aanvulling',
  'aanvulling_ontvangen',
  'vragen_beantwoord',
  'stel_buiten_behandeling_voor',
  'trek_in',
] as const;
type DialogEvent = (typeof DIALOG_EVENTS)[number];

interface Props {
  aanvraagId: number;
  actions: readonly Action[];
  termijn: TermijnView | null;
  /** §6: the questions to send (both advices', or the meeting's): the letter's points, prefilled. */
  vragenVoorSchool?: readonly string[];
  onDone: () => void;
}

export function WorkflowDialogs({
  aanvraagId,
  actions,
  termijn,
  vragenVoorSchool = [],
  onDone,
}: Props) {
  const [open, setOpen] = useState<DialogEvent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = (): void => setOpen(null);
  const done = (): void => {
    setOpen(null);
    onDone();
  };
  const vraag = hasAction(actions, 'vraag_aanvulling');
  // §6: after a TLA-vergadering's 'aanhouden' the school's answers take the aanvraag back to the
  // next meeting (the backend offers that step instead); the same dialog resumes the term.
  const antwoorden = hasAction(actions, 'vragen_beantwoord');
  const ontvangen = hasAction(actions, 'aanvulling_ontvangen') ?? antwoorden;
  const trekIn = hasAction(actions, 'trek_in');
  // Awb 4:5: only once the term for aanvulling has passed unused, as the backend says; the
  // directeur-bestuurder decides.
  const buiten =
    termijn?.aanvullingTermijnVerstreken === true
      ? hasAction(actions, 'stel_buiten_behandeling_voor')
      : undefined;
  if (!vraag && !ontvangen && !trekIn && !buiten) return null;

  return (
    <>
      <Group>
        {ontvangen !== undefined && (
          <Button onClick={() => setOpen('aanvulling_ontvangen')}>{ontvangen.label}</Button>
        )}
        {vraag !== undefined && (
          <Button variant="light" onClick={() => setOpen('vraag_aanvulling')}>
            {vraag.label}
          </Button>
        )}
        {buiten !== undefined && (
          <Button
            variant="light"
            color="red"
            onClick={() => setOpen('stel_buiten_behandeling_voor')}
          >
            {buiten.label}
          </Button>
        )}
        {trekIn !== undefined && (
          <Button variant="default" onClick={() => setOpen('trek_in')}>
            {trekIn.label}
          </Button>
        )}
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {open === 'vraag_aanvulling' && vraag !== undefined && (
        <AanvullingVragenDialog
          aanvraagId={aanvraagId}
          title={vraag.label}
          vragen={vragenVoorSchool}
          onClose={close}
          onDone={done}
        />
      )}
      {open === 'aanvulling_ontvangen' && (
        <DateReasonDialog
          title={ontvangen?.label ?? 'Aanvulling ontvangen'}
          intro={
            antwoorden === undefined
              ? 'De beslistermijn loopt weer vanaf de dag dat de aanvulling binnenkwam.'
              : 'De beslistermijn loopt weer vanaf de dag dat de antwoorden binnenkwamen. De aanvraag gaat daarmee terug op de agenda van de volgende TLA-vergadering.'
          }
          submitLabel={ontvangen?.label ?? 'Aanvulling ontvangen'}
          size="md"
          schema={aanvullingOntvangen}
          defaultValues={{ ontvangenOp: todayIso() }}
          dates={[{ name: 'ontvangenOp', label: 'Ontvangen op', required: true, autofocus: true }]}
          send={(values) => call('aanvulling.ontvangen', { aanvraagId, ...values })}
          onClose={close}
          onDone={done}
        />
      )}
      {open === 'trek_in' && trekIn !== undefined && (
        <IntrekkenDialog
          aanvraagId={aanvraagId}
          title={trekIn.label}
          onClose={close}
          onDone={done}
        />
      )}
      <ConfirmSign
        opened={open === 'stel_buiten_behandeling_voor'}
        title="Buiten behandeling voorstellen?"
        confirmLabel="Voorstellen aan de directeur-bestuurder"
        onCancel={close}
        onConfirm={async () => {
          setError(null);
          try {
            await call('aanvraag.buitenBehandelingVoorstellen', { aanvraagId });
            done();
          } catch (e) {
            close();
            setError(errorMessage(e));
          }
        }}
      >
        De termijn voor aanvulling is ongebruikt verstreken (Awb 4:5). Buiten behandeling stellen is
        een besluit van de directeur-bestuurder: de aanvraag komt in diens Mijn werk. Stelt die haar
        buiten behandeling, dan maakt TLA de brief met de bezwaarclausule en verzendt u het besluit.
        Komt de aanvulling intussen toch binnen, dan legt u dat hier vast.
      </ConfirmSign>
    </>
  );
}
