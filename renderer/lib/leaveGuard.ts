import { useSyncExternalStore } from 'react';

// Which forms hold data that is not saved yet, and the one question "Weggaan zonder opslaan?" that
// stands between them and leaving: the router asks it on every navigation (menu, row, back button),
// the shell before a role switch or logout, the browser (or Electron) before closing or reloading.

const unsaved = new Set<symbol>();
const listeners = new Set<() => void>();
let question: { promise: Promise<boolean>; resolve: (leave: boolean) => void } | null = null;

const notify = (): void => listeners.forEach((l) => l());

function onBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older engines need returnValue set to show their (own, untranslatable) question.
  event.returnValue = '';
}

/** A form says whether it holds unsaved data (`id` is its own symbol). */
export function markUnsaved(id: symbol, on: boolean): void {
  const before = unsaved.size;
  if (on) unsaved.add(id);
  else unsaved.delete(id);
  if (before === 0 && unsaved.size > 0) window.addEventListener('beforeunload', onBeforeUnload);
  if (before > 0 && unsaved.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
}

export function hasUnsavedData(): boolean {
  return unsaved.size > 0;
}

/**
 * True at once when nothing is unsaved; otherwise asks the user (one question at a time) and is true
 * when they choose to leave, after which the forms count as left.
 */
export function confirmLeave(): Promise<boolean> {
  if (unsaved.size === 0) return Promise.resolve(true);
  if (question !== null) return question.promise;
  let resolve: (leave: boolean) => void = () => undefined;
  const promise = new Promise<boolean>((r) => (resolve = r));
  question = { promise, resolve };
  notify();
  return promise;
}

/** The user's answer to the open question (LeaveGuardDialog). */
export function answerLeave(leave: boolean): void {
  const q = question;
  question = null;
  if (leave) {
    unsaved.clear();
    window.removeEventListener('beforeunload', onBeforeUnload);
  }
  notify();
  q?.resolve(leave);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the question is open now (for the dialog that asks it). */
export function useLeaveQuestion(): boolean {
  return useSyncExternalStore(subscribe, () => question !== null);
}
