import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { isOffline, onVerbindingChange } from '../api/verbinding-status';

/** What the banner says (issue 13, part 6). */
export const VERBINDING_WEG =
  'De verbinding met de TLA-server is weg. Wat u schrijft blijft staan; we proberen het opnieuw.';

/** How often a lost connection is tried again. */
const OPNIEUW_MS = 3000;

/**
 * A calm banner while calls fail for network reasons, gone as soon as one succeeds again. While it
 * shows, a cheap public call (`setup.status`) is tried every few seconds, so the connection's return
 * is noticed without the user doing anything; what waits to be saved (the advice's draft) listens
 * for that moment (`onWeerVerbonden`).
 */
export function VerbindingBanner() {
  const [offline, setOffline] = useState(isOffline);
  useEffect(() => onVerbindingChange(setOffline), []);

  useEffect(() => {
    if (!offline) return;
    const timer = setInterval(() => {
      // The answer itself does not matter: any answer from TLA clears the state in `call`.
      call('setup.status', {}).catch(() => undefined);
    }, OPNIEUW_MS);
    return () => clearInterval(timer);
  }, [offline]);

  if (!offline) return null;
  return (
    <div className="tla-verbinding-banner" role="status" aria-live="polite">
      <Text size="sm" fw={700}>
        Geen verbinding
      </Text>
      <Text size="sm">{VERBINDING_WEG}</Text>
    </div>
  );
}
