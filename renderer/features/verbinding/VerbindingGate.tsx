import { Center, Loader } from '@mantine/core';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { VerbindingStatus } from '../../../electron/contract/verbinding';
import { verbindingBridge } from '../../api/client';
import { setOpServer } from '../../api/verbinding-status';
import { VerbindingKiezen } from './VerbindingKiezen';

// Issue 13 · which TLA the desktop talks to. In the desktop app, a first start (nothing chosen yet)
// asks: only on this computer (the default) or the SWV's TLA server. The choice can be changed
// later from the login screen, on purpose only. In the browser there is nothing to choose: the
// page talks to the TLA that served it.

interface VerbindingValue {
  readonly status: VerbindingStatus;
  /** Opens the choice again (the login screen's "Verbinding wijzigen"). */
  readonly wijzigen: () => void;
}

const VerbindingContext = createContext<VerbindingValue | null>(null);

/** The chosen connection, or null in the browser. */
export function useVerbinding(): VerbindingValue | null {
  return useContext(VerbindingContext);
}

type State =
  | { kind: 'laden' }
  | { kind: 'kiezen'; huidig: VerbindingStatus | null }
  | { kind: 'klaar'; status: VerbindingStatus };

/** After a choice the page starts again, so every screen meets the chosen TLA from the start. */
const opnieuwBeginnen = (): void => window.location.reload();

export function VerbindingGate({ children }: { children: ReactNode }) {
  const [bridge] = useState(verbindingBridge);
  const [state, setState] = useState<State>({ kind: 'laden' });

  useEffect(() => {
    if (bridge === null) return;
    let live = true;
    bridge({ actie: 'status' }).then(
      (r) => {
        if (!live) return;
        if (!r.ok) return setState({ kind: 'klaar', status: { gekozen: false, modus: 'lokaal' } });
        setState(
          r.status.gekozen ? { kind: 'klaar', status: r.status } : { kind: 'kiezen', huidig: null },
        );
      },
      // The shell did not answer: go on as every start did before (this computer).
      () => live && setState({ kind: 'klaar', status: { gekozen: false, modus: 'lokaal' } }),
    );
    return () => {
      live = false;
    };
  }, [bridge]);

  const opServer = state.kind === 'klaar' && state.status.modus === 'server';
  useEffect(() => setOpServer(opServer), [opServer]);

  if (bridge === null) return children;
  switch (state.kind) {
    case 'laden':
      return (
        <Center component="main" h="100vh">
          <Loader aria-label="TLA wordt geladen" />
        </Center>
      );
    case 'kiezen':
      return (
        <VerbindingKiezen
          vraag={bridge}
          huidig={state.huidig}
          onGekozen={opnieuwBeginnen}
          {...(state.huidig === null
            ? {}
            : { onTerug: () => setState({ kind: 'klaar', status: state.huidig! }) })}
        />
      );
    case 'klaar':
      return (
        <VerbindingContext.Provider
          value={{
            status: state.status,
            wijzigen: () => setState({ kind: 'kiezen', huidig: state.status }),
          }}
        >
          {children}
        </VerbindingContext.Provider>
      );
  }
}
