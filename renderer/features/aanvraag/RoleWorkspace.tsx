import { Stack } from '@mantine/core';
import {
  CHECKING_STATES,
  DECIDED_STATES,
  inGroup,
  WITH_BEZWAAR_STATES,
  WITH_EINDADVIES_STATES,
} from '../../../electron/domain/state-groups';
import type { Role } from '../../../electron/domain/types';
import { Section } from '../../components/Section';
import type { TermijnView } from '../../lib/termijnen';
import { ActionBar, OtherActions } from './ActionBar';
import { AssignmentPanel } from './toewijzing/AssignmentPanel';
import { AdviesOverview } from './advies/AdviesOverview';
import { AdviesWorkspace } from './advies/AdviesWorkspace';
import { EindadviesWorkspace } from './eindadvies/EindadviesWorkspace';
import { EindadviesCard } from './eindadvies/EindadviesCard';
import { VragenDirecteur } from './eindadvies/VragenDirecteur';
import { ToewijzingWijzigen } from './toewijzing/ToewijzingWijzigen';
import { DirecteurPanel } from './besluit/DirecteurPanel';
import { BrievenPanel } from './besluit/BrievenPanel';
import { ChecklistPanel } from './checklist/ChecklistPanel';
import { BezwaarPanel } from './bezwaar/BezwaarPanel';
import { WorkflowDialogs } from './termijnen/WorkflowDialogs';
import { hasAction, type Aanvraag, type Action } from './types';
import { dossierWorkspace } from './dossierWorkspace';

interface Props {
  aanvraag: Aanvraag;
  role: Role;
  actions: readonly Action[];
  reload: () => void;
  /** Goes up after every step: panels with their own data load again. */
  version: number;
  termijn: TermijnView | null;
}

/** What the active role does on this aanvraag now; every button comes from the backend's actions. */
export function RoleWorkspace({ aanvraag, role, actions, reload, version, termijn }: Props) {
  const id = aanvraag.id;
  const decided = inGroup(DECIDED_STATES, aanvraag.state);

  const desk = dossierWorkspace(aanvraag, role);
  if (desk === 'advies') return <AdviesWorkspace aanvraag={aanvraag} onChanged={reload} />;
  if (desk === 'eindadvies') return <EindadviesWorkspace aanvraag={aanvraag} onChanged={reload} />;

  if (
    role === 'directeur' &&
    (hasAction(actions, 'stel_vast') || hasAction(actions, 'stuur_terug'))
  ) {
    return <DirecteurPanel aanvraag={aanvraag} actions={actions} onDone={reload} />;
  }

  const assign = role === 'voorzitter' ? hasAction(actions, 'wijs_toe') : undefined;
  const office = role !== 'deskundige' && role !== 'beheerder';
  const sll = role === 'secretaris';
  // 'Markeren als verzonden' sits with the letters it concerns; bezwaar steps with the bezwaar.
  const stepActions = actions.filter(
    (a) =>
      !(decided && office && a.event === 'verzend') &&
      a.event !== 'registreer_bezwaar' &&
      a.event !== 'beslis_op_bezwaar',
  );

  return (
    <Stack gap="lg">
      {assign !== undefined && (
        <AssignmentPanel aanvraag={aanvraag} label={assign.label} onAssigned={reload} />
      )}
      {role === 'voorzitter' && aanvraag.state === 'in_advies' && (
        <ToewijzingWijzigen aanvraag={aanvraag} onChanged={reload} />
      )}
      {aanvraag.state === 'teruggestuurd' && office && <VragenDirecteur aanvraag={aanvraag} />}
      {sll && inGroup(CHECKING_STATES, aanvraag.state) && (
        <ChecklistPanel aanvraagId={id} version={version} onChanged={reload} />
      )}
      {stepActions.length > 0 && assign === undefined && (
        <Section title="Volgende stap">
          {hasAction(stepActions, 'presenteer') && <EindadviesCard aanvraagId={id} bare />}
          <ActionBar aanvraagId={id} actions={stepActions} onDone={reload} />
          <WorkflowDialogs
            aanvraagId={id}
            actions={stepActions}
            termijn={termijn}
            onDone={reload}
          />
          <OtherActions actions={stepActions} />
        </Section>
      )}
      {role !== 'beheerder' && role !== 'secretaris' && <AdviesOverview aanvraagId={id} />}
      {role === 'secretaris' && aanvraag.state === 'unaniem' && <AdviesOverview aanvraagId={id} />}
      {inGroup(WITH_EINDADVIES_STATES, aanvraag.state) &&
        !hasAction(actions, 'presenteer') &&
        role !== 'secretaris' &&
        role !== 'beheerder' && <EindadviesCard aanvraagId={id} />}
      {sll && inGroup(WITH_BEZWAAR_STATES, aanvraag.state) && (
        <BezwaarPanel
          aanvraag={aanvraag}
          actions={actions}
          canAct
          version={version}
          onDone={reload}
        />
      )}
      {office && (
        <BrievenPanel
          aanvraag={aanvraag}
          actions={actions}
          onDone={reload}
          version={version}
          onlyIfAny={!decided}
        />
      )}
    </Stack>
  );
}
