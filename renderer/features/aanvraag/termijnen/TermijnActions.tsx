import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../../api/client';
import { contract } from '../../../../electron/contract';
import { DateReasonDialog } from '../../../components/DateReasonDialog';
import { todayIso } from '../../../lib/termijnen';
import { OpschortingDialog } from './OpschortingDialog';
import { VerdagingDialog } from './VerdagingDialog';

const ingebrekestelling = contract['ingebrekestelling.registreer'].input.omit({ aanvraagId: true });

type Open = 'opschorting' | 'verdaging' | 'ingebrekestelling' | null;

interface Props {
  aanvraagId: number;
  currentEnd: string | null;
  /** A verdaging is already recorded: the backend allows one (Awb 4:14 lid 3). */
  verdaagd: boolean;
  onDone: () => void;
}

/** The secretary's steps on the clock that are not workflow steps (§3.4, §9). */
export function TermijnActions({ aanvraagId, currentEnd, verdaagd, onDone }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const close = (): void => setOpen(null);
  const done = (): void => {
    setOpen(null);
    onDone();
  };
  return (
    <>
      <Group gap="xs">
        <Button variant="default" size="sm" onClick={() => setOpen('opschorting')}>
          Opschorting registreren
        </Button>
        {!verdaagd && (
          <Button variant="default" size="sm" onClick={() => setOpen('verdaging')}>
            Verdaging registreren
          </Button>
        )}
        <Button variant="default" size="sm" onClick={() => setOpen('ingebrekestelling')}>
          Ingebrekestelling registreren
        </Button>
      </Group>
      {open === 'opschorting' && (
        <OpschortingDialog aanvraagId={aanvraagId} onClose={close} onDone={done} />
      )}
      {open === 'verdaging' && (
        <VerdagingDialog
          aanvraagId={aanvraagId}
          currentEnd={currentEnd}
          onClose={close}
          onDone={done}
        />
      )}
      {open === 'ingebrekestelling' && (
        <DateReasonDialog
          title="Ingebrekestelling registreren"
          intro="Een schriftelijke ingebrekestelling na het verstrijken van de beslistermijn (Awb 4:17). Twee weken na ontvangst gaat de dwangsom lopen; TLA toont dan het bedrag."
          submitLabel="Ingebrekestelling registreren"
          size="md"
          schema={ingebrekestelling}
          defaultValues={{ ontvangenOp: todayIso() }}
          dates={[
            {
              name: 'ontvangenOp',
              label: 'Ingebrekestelling ontvangen op',
              required: true,
              autofocus: true,
            },
          ]}
          send={(values) => call('ingebrekestelling.registreer', { aanvraagId, ...values })}
          onClose={close}
          onDone={done}
        />
      )}
    </>
  );
}
