import type { OutputOf } from '../../../electron/contract';
import type { Role } from '../../../electron/domain/types';
import { findTransition, type WorkflowEvent } from '../../../electron/domain/workflow';

export type Aanvraag = OutputOf<'aanvraag.get'>;
export type Action = Aanvraag['actions'][number];
export type AdviesView = OutputOf<'advies.list'>['adviezen'][number];
export type Unanimity = NonNullable<OutputOf<'advies.list'>['unanimity']>;
export type EindadviesView = NonNullable<OutputOf<'eindadvies.get'>['eindadvies']>;

/**
 * The backend's allowed steps that belong to the active role. The backend decides what is allowed;
 * the workflow table (domain) says which role a step belongs to, so a person with several roles
 * sees each step in the right role.
 */
export function actionsForRole(aanvraag: Aanvraag, role: Role): Action[] {
  return aanvraag.actions.filter((a) => {
    const t = findTransition(aanvraag.state, a.event);
    return t !== null && t.roles !== 'system' && t.roles.includes(role);
  });
}

export function hasAction(actions: readonly Action[], event: WorkflowEvent): Action | undefined {
  return actions.find((a) => a.event === event);
}
