import { contract } from '../../../../electron/contract';
import { OPSCHORTING_GRONDEN_INPUT } from '../../../../electron/contract/termijnen';
import { OPSCHORTING_GROND_LABELS } from '../../../../electron/domain/opschorting';
import { call } from '../../../api/client';
import { ChoiceField } from '../../../components/Choice';
import { DateReasonDialog } from '../../../components/DateReasonDialog';
import { todayIso } from '../../../lib/termijnen';

const schema = contract['opschorting.registreer'].input.omit({ aanvraagId: true });

interface Props {
  aanvraagId: number;
  onClose: () => void;
  onDone: () => void;
}

/** Awb 4:15 lid 2: a suspension on another ground than an aanvulling, with its legal ground. */
export function OpschortingDialog({ aanvraagId, onClose, onDone }: Props) {
  return (
    <DateReasonDialog
      title="Opschorting registreren"
      intro="Alleen deze wettelijke gronden schorten de beslistermijn op. Voor een aanvulling gebruikt u ‘Aanvulling vragen’. TLA maakt een brief."
      submitLabel="Opschorting registreren"
      schema={schema}
      defaultValues={{ start: todayIso(), eind: null, toelichting: '' }}
      dates={[
        {
          name: 'start',
          label: 'Begint op',
          description: 'De klok staat stil vanaf de dag erna',
          required: true,
        },
        {
          name: 'eind',
          label: 'Eindigt op (als bekend)',
          description: 'Leeg laten: u beëindigt later',
          optional: true,
        },
      ]}
      reason={{ name: 'toelichting', label: 'Toelichting', required: true, minRows: 3 }}
      send={(values) => call('opschorting.registreer', { aanvraagId, ...values })}
      onClose={onClose}
      onDone={onDone}
    >
      <ChoiceField
        name="grond"
        label="Wettelijke grond"
        withAsterisk
        layout="column"
        gap="xs"
        options={OPSCHORTING_GRONDEN_INPUT}
        labels={OPSCHORTING_GROND_LABELS}
      />
    </DateReasonDialog>
  );
}
