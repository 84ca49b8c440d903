import { Stack } from '@mantine/core';
import {
  CHECKING_STATES,
  DECIDED_STATES,
  inGroup,
  WITH_BEZWAAR_STATES,
  WITH_EINDADVIES_STATES,
} from '../../../electron/domain/state-groups';
import type { Role } from '../../../electron/domain/types';
import { WAITS_ON, type WorkflowEvent } from '../../../electron/domain/workflow';
import { Section } from '../../components/Section';
import type { TermijnView } from '../../lib/termijnen';
import { ActionBar, OtherActions } from './ActionBar';
import { ArchiveerStap } from './ArchiveerStap';
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
import { BuitenBehandelingPanel } from './besluit/BuitenBehandelingPanel';
import { WatNu } from './WatNu';

/** The directeur-bestuurder's steps on a proposal to put the aanvraag buiten behandeling. */
const BB_BESLUIT: readonly WorkflowEvent[] = ['buiten_behandeling', 'wijs_buiten_behandeling_af'];
/** Steps the voorzitter takes in the meeting screen, not on the aanvraag page. */
const IN_MEETING: readonly WorkflowEvent[] = ['vergadering_advies', 'vergadering_aanhouden'];

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
  const buitenBehandeling =
    role === 'directeur' &&
    (hasAction(actions, 'buiten_behandeling') || hasAction(actions, 'wijs_buiten_behandeling_af'));
  // 'Besluit verzenden' sits with the letters it concerns; bezwaar steps with the bezwaar; the
  // directeur-bestuurder's decision on buiten behandeling in its own panel.
  const stepActions = actions.filter(
    (a) =>
      !(decided && office && a.event === 'verzend') &&
      !(buitenBehandeling && BB_BESLUIT.includes(a.event)) &&
      a.event !== 'registreer_bezwaar' &&
      a.event !== 'beslis_op_bezwaar',
  );
  // The meeting's steps are taken in the meeting screen, not here.
  const pageSteps = stepActions.filter((a) => !IN_MEETING.includes(a.event));
  const steps = pageSteps.length > 0 && assign === undefined;
  // What happens next, when the aanvraag waits on someone else or this page has no step for the
  // caller (their side steps, such as registering a withdrawal, stay below it).
  const watNu =
    actions.every((a) => IN_MEETING.includes(a.event)) || WAITS_ON[aanvraag.state] !== role;

  return (
    <Stack gap="lg">
      {assign !== undefined && (
        // A new betrokkene (or any change on the page) may change who can be chosen: load again.
        <AssignmentPanel
          key={version}
          aanvraag={aanvraag}
          label={assign.label}
          onAssigned={reload}
        />
      )}
      {role === 'voorzitter' && aanvraag.state === 'in_advies' && (
        <ToewijzingWijzigen aanvraag={aanvraag} onChanged={reload} />
      )}
      {aanvraag.state === 'teruggestuurd' && office && <VragenDirecteur aanvraag={aanvraag} />}
      {sll && inGroup(CHECKING_STATES, aanvraag.state) && (
        <ChecklistPanel aanvraagId={id} version={version} onChanged={reload} />
      )}
      {buitenBehandeling && (
        <BuitenBehandelingPanel
          aanvraag={aanvraag}
          actions={actions}
          termijn={termijn}
          onDone={reload}
        />
      )}
      {(steps || watNu) && (
        <Section title="Volgende stap">
          {watNu && (
            <WatNu
              state={aanvraag.state}
              role={role}
              steps={steps ? pageSteps.map((a) => a.event) : []}
            />
          )}
          {steps && (
            <>
              {hasAction(pageSteps, 'presenteer') && <EindadviesCard aanvraagId={id} bare />}
              <ActionBar aanvraagId={id} actions={pageSteps} onDone={reload} />
              <WorkflowDialogs
                aanvraagId={id}
                actions={pageSteps}
                vragenVoorSchool={aanvraag.vragenVoorSchool}
                termijn={termijn}
                onDone={reload}
              />
              <ArchiveerStap aanvraagId={id} actions={pageSteps} onDone={reload} />
              <OtherActions actions={pageSteps} />
            </>
          )}
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
