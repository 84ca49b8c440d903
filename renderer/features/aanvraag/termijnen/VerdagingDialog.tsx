import { contract } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { DateReasonDialog } from '../../../components/DateReasonDialog';
import { formatDate } from '../../../lib/format';
import { todayIso } from '../../../lib/termijnen';

const schema = contract['verdaging.registreer'].input.omit({ aanvraagId: true });

interface Props {
  aanvraagId: number;
  /** The current end of the beslistermijn, shown as the date to beat. */
  currentEnd: string | null;
  onClose: () => void;
  onDone: () => void;
}

/** Awb 4:14 lid 3: tell the school board before the term ends, with a new reasonable term. */
export function VerdagingDialog({ aanvraagId, currentEnd, onClose, onDone }: Props) {
  return (
    <DateReasonDialog
      title="Verdaging registreren"
      intro={
        <>
          Verdagen moet vóórdat de beslistermijn verstrijkt
          {currentEnd !== null ? ` (nu: ${formatDate(currentEnd)})` : ''}, met een nieuwe, redelijke
          termijn. TLA maakt de brief aan het schoolbestuur.
        </>
      }
      submitLabel="Verdaging registreren"
      schema={schema}
      defaultValues={{ notifiedOn: todayIso(), newEnd: '', reden: '' }}
      dates={[
        { name: 'notifiedOn', label: 'Meegedeeld op', required: true },
        { name: 'newEnd', label: 'Nieuwe einddatum', required: true, autofocus: true },
      ]}
      reason={{ name: 'reden', label: 'Reden van de verdaging', required: true, minRows: 3 }}
      send={(values) => call('verdaging.registreer', { aanvraagId, ...values })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
