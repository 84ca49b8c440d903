import { Anchor, Text } from '@mantine/core';
import { whatHappensNext } from '../../../electron/domain/workflow';
import type { AanvraagState, Role } from '../../../electron/domain/types';
import type { WorkflowEvent } from '../../../electron/domain/workflow-types';
import { routeHref } from '../../lib/router';

/** What happens next and who does it (the domain's words), for a caller who is not the next. */
export function WatNu({
  state,
  role,
  steps = [],
}: {
  state: AanvraagState;
  role: Role;
  /** The steps the page offers the caller below (archiving: not "U hoeft niets te doen"). */
  steps?: readonly WorkflowEvent[];
}) {
  return (
    <>
      <Text size="sm">{whatHappensNext(state, role, steps)}</Text>
      {state === 'geagendeerd' && role === 'voorzitter' && (
        <Anchor href={routeHref({ name: 'vergaderingen' })} size="sm">
          Naar het jaarplan van de TLA-vergadering
        </Anchor>
      )}
    </>
  );
}
