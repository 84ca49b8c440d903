import { Stack } from '@mantine/core';
import type { Role } from '../../../electron/domain/types';
import { Section } from '../../components/Section';
import { ActionBar, OtherActions } from './ActionBar';
import { AssignmentPanel } from './toewijzing/AssignmentPanel';
import { AdviesOverview } from './advies/AdviesOverview';
import { AdviesWorkspace } from './advies/AdviesWorkspace';
import { EindadviesWorkspace } from './eindadvies/EindadviesWorkspace';
import { EindadviesCard } from './eindadvies/EindadviesCard';
import { DirecteurPanel } from './besluit/DirecteurPanel';
import { BrievenPanel } from './besluit/BrievenPanel';
import { hasAction, type Aanvraag, type Action } from './types';

interface Props {
  aanvraag: Aanvraag;
  role: Role;
  actions: readonly Action[];
  reload: () => void;
}

/** States in which letters exist (after the decision). */
const DECIDED = ['besloten', 'verzonden', 'in_bezwaar', 'besloten_op_bezwaar', 'gearchiveerd'];
/** States in which there is (or may be) an eindadvies to show. */
const WITH_EINDADVIES = ['eindadvies_in_opmaak', 'ter_besluitvorming', 'teruggestuurd', ...DECIDED];

/** What the active role does on this aanvraag now; every button comes from the backend's actions. */
export function RoleWorkspace({ aanvraag, role, actions, reload }: Props) {
  const id = aanvraag.id;
  const decided = DECIDED.includes(aanvraag.state);

  if (role === 'deskundige' && aanvraag.myPosition !== null) {
    if (aanvraag.state === 'in_advies')
      return <AdviesWorkspace aanvraag={aanvraag} onChanged={reload} />;
    if (aanvraag.state === 'eindadvies_in_opmaak' && aanvraag.myPosition === 1) {
      return <EindadviesWorkspace aanvraag={aanvraag} onChanged={reload} />;
    }
  }

  if (
    role === 'directeur' &&
    (hasAction(actions, 'stel_vast') || hasAction(actions, 'stuur_terug'))
  ) {
    return <DirecteurPanel aanvraag={aanvraag} actions={actions} onDone={reload} />;
  }

  const assign = role === 'voorzitter' ? hasAction(actions, 'wijs_toe') : undefined;
  const showLetters = decided && role !== 'deskundige' && role !== 'beheerder';
  // 'Markeren als verzonden' sits with the letters it concerns.
  const stepActions = showLetters ? actions.filter((a) => a.event !== 'verzend') : actions;

  return (
    <Stack gap="lg">
      {assign !== undefined && (
        <AssignmentPanel aanvraag={aanvraag} label={assign.label} onAssigned={reload} />
      )}
      {stepActions.length > 0 && assign === undefined && (
        <Section title="Volgende stap">
          {hasAction(stepActions, 'presenteer') && <EindadviesCard aanvraagId={id} bare />}
          <ActionBar aanvraagId={id} actions={stepActions} onDone={reload} />
          <OtherActions actions={stepActions} />
        </Section>
      )}
      {role !== 'beheerder' && role !== 'secretaris' && <AdviesOverview aanvraagId={id} />}
      {role === 'secretaris' && aanvraag.state === 'unaniem' && <AdviesOverview aanvraagId={id} />}
      {WITH_EINDADVIES.includes(aanvraag.state) &&
        !hasAction(actions, 'presenteer') &&
        role !== 'secretaris' &&
        role !== 'beheerder' && <EindadviesCard aanvraagId={id} />}
      {showLetters && <BrievenPanel aanvraag={aanvraag} actions={actions} onDone={reload} />}
    </Stack>
  );
}
