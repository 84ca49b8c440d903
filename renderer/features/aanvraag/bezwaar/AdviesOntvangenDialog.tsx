import { call } from '../../../api/client';
import { DateReasonDialog } from '../../../components/DateReasonDialog';
import { todayIso } from '../../../lib/termijnen';
import { adviesOntvangenSchema as schema } from './stappen';

interface Props {
  aanvraagId: number;
  onClose: () => void;
  onDone: () => void;
}

/** The advice of the bezwaar-adviescommissie has come in: its date and a short summary. */
export function AdviesOntvangenDialog({ aanvraagId, onClose, onDone }: Props) {
  return (
    <DateReasonDialog
      title="Advies van de commissie ontvangen"
      submitLabel="Advies vastleggen"
      schema={schema}
      defaultValues={{ datum: todayIso(), samenvatting: '' }}
      dates={[{ name: 'datum', label: 'Ontvangen op', required: true, w: 200 }]}
      reason={{
        name: 'samenvatting',
        label: 'Samenvatting van het advies',
        required: true,
        minRows: 4,
        autofocus: true,
      }}
      send={(values) =>
        call('bezwaar.stap', { aanvraagId, stap: { stap: 'advies_ontvangen', ...values } })
      }
      onClose={onClose}
      onDone={onDone}
    />
  );
}
