import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { DateReasonDialog } from '../../components/DateReasonDialog';
import { todayIso } from '../../lib/termijnen';

const schema = contract['pool.afwezigheid'].input.omit({ deskundigeId: true });

interface Props {
  deskundigeId: number;
  naam: string;
  onClose: () => void;
  onDone: () => void;
}

/** §4: while a deskundige is away (van–tot), TLA does not offer them for an assignment. */
export function AfwezigheidDialog({ deskundigeId, naam, onClose, onDone }: Props) {
  return (
    <DateReasonDialog
      title={`Afwezigheid van ${naam}`}
      intro="Zolang iemand afwezig is, biedt TLA haar of hem niet aan bij het toewijzen."
      submitLabel="Afwezigheid vastleggen"
      size="md"
      schema={schema}
      defaultValues={{ van: todayIso(), tot: '', reden: '' }}
      dates={[
        { name: 'van', label: 'Van', required: true, w: 180, autofocus: true },
        { name: 'tot', label: 'Tot en met', required: true, w: 180 },
      ]}
      reason={{
        name: 'reden',
        label: 'Reden',
        description: 'Bijvoorbeeld verlof of ziekte. Niet verplicht.',
        minRows: 2,
      }}
      send={(values) => {
        const reden = values.reden === null || values.reden === '' ? null : values.reden;
        return call('pool.afwezigheid', { deskundigeId, ...values, reden });
      }}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
