// Issue 13 · whether the last call reached TLA. A call that fails for network reasons (the desktop's
// main process answers `offline`; in the browser, fetch itself fails) sets it; any answer from the
// backend, success or a refusal, clears it. The banner (renderer/app/VerbindingBanner.tsx) shows it,
// and whatever waits to be saved (the advice's draft) listens for the way back.

type Listener = (offline: boolean) => void;
const listeners = new Set<Listener>();
let offline = false;

export function isOffline(): boolean {
  return offline;
}

export function setOffline(next: boolean): void {
  if (next === offline) return;
  offline = next;
  for (const listener of [...listeners]) listener(next);
}

/** Called with the new state whenever it changes; returns the unsubscribe. */
export function onVerbindingChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called once each time the connection comes back after it was gone. */
export function onWeerVerbonden(listener: () => void): () => void {
  return onVerbindingChange((now) => {
    if (!now) listener();
  });
}

let opServer = false;

/**
 * The desktop talks to the SWV's TLA server (set by the connection gate). Then a folder is one on
 * the server: the folder dialog, which shows this computer's folders, is not offered.
 */
export function setOpServer(next: boolean): void {
  opServer = next;
}

export function isOpServer(): boolean {
  return opServer;
}
