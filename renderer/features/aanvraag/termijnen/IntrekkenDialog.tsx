import { contract } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { DateReasonDialog } from '../../../components/DateReasonDialog';

const schema = contract['aanvraag.intrekken'].input.omit({ aanvraagId: true });

interface Props {
  aanvraagId: number;
  title: string;
  onClose: () => void;
  onDone: () => void;
}

/** §10: the school withdraws its aanvraag; the SLL records it with the school's reason. */
export function IntrekkenDialog({ aanvraagId, title, onClose, onDone }: Props) {
  return (
    <DateReasonDialog
      title={title}
      intro="Registreer dit alleen als de school de aanvraag zelf heeft ingetrokken. De behandeling stopt dan; dit kan niet ongedaan worden gemaakt."
      submitLabel="Intrekking registreren"
      schema={schema}
      defaultValues={{ reden: '' }}
      reason={{
        name: 'reden',
        label: 'Reden van de intrekking',
        required: true,
        minRows: 3,
        autofocus: true,
      }}
      send={(values) => call('aanvraag.intrekken', { aanvraagId, ...values })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
