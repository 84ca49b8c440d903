import { Anchor, Text } from '@mantine/core';
import { whatHappensNext } from '../../../electron/domain/workflow';
import type { AanvraagState, Role } from '../../../electron/domain/types';
import { routeHref } from '../../lib/router';

/** What happens next and who does it (the domain's words), for a caller who is not the next. */
export function WatNu({
  state,
  role,
  hasStep = false,
}: {
  state: AanvraagState;
  role: Role;
  /** The caller has a step below (archiving a withdrawn aanvraag): not "U hoeft niets te doen". */
  hasStep?: boolean;
}) {
  return (
    <>
      <Text size="sm">{whatHappensNext(state, role, hasStep)}</Text>
      {state === 'geagendeerd' && role === 'voorzitter' && (
        <Anchor href={routeHref({ name: 'vergaderingen' })} size="sm">
          Naar het jaarplan van de TLA-vergadering
        </Anchor>
      )}
    </>
  );
}
