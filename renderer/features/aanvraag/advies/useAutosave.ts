import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError, errorMessage } from '../../../api/errors';
import { onWeerVerbonden } from '../../../api/verbinding-status';

const time = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});

/** 'Concept bewaard om 14:05'. */
export function savedAt(date: Date): string {
  return `Concept bewaard om ${time.format(date)}`;
}

/** What the status line says when a save failed because the connection is gone (issue 13). */
export const CONCEPT_WACHT_OP_VERBINDING =
  'Concept nog niet bewaard: de verbinding is weg. Uw tekst blijft staan en wordt bewaard zodra de verbinding terug is.';

/** What a submit says when it failed because the connection is gone (issue 13). */
export const INDIENEN_ZONDER_VERBINDING =
  'Het indienen is niet gelukt: de verbinding is weg. Uw tekst blijft staan; probeer het opnieuw zodra de verbinding terug is.';

/**
 * Saves a draft `delay` ms after typing stops. `toDraft` returns what to send, or null when the
 * values cannot be a draft yet (then nothing is sent). Returns the status line, a way to save now,
 * and `unsaved`: a change is not saved yet (waiting, failed, or not a draft yet). A save that failed
 * is tried again as soon as the connection is back (issue 13: drafts are server-side).
 */
export function useAutosave<T extends FieldValues, D>(
  form: UseFormReturn<T, unknown, unknown>,
  toDraft: (values: T) => D | null,
  save: (draft: D) => Promise<unknown>,
  delay = 2000,
) {
  const [status, setStatus] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const last = useRef<string | null>(null);
  const stopped = useRef(false);
  const failed = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;
  const toDraftRef = useRef(toDraft);
  toDraftRef.current = toDraft;

  const saveNow = useCallback(
    async (force = false): Promise<void> => {
      if (timer.current !== null) clearTimeout(timer.current);
      const draft = toDraftRef.current(form.getValues());
      if (draft === null || stopped.current) return;
      const key = JSON.stringify(draft);
      if (key === last.current && !force) return setUnsaved(false);
      try {
        await saveRef.current(draft);
        failed.current = false;
        last.current = key;
        // A change typed while this was on its way is still to be saved.
        setUnsaved(JSON.stringify(toDraftRef.current(form.getValues())) !== key);
        setStatus(savedAt(new Date()));
      } catch (e) {
        failed.current = true;
        setStatus(
          e instanceof ApiError && e.code === 'offline'
            ? CONCEPT_WACHT_OP_VERBINDING
            : `Concept niet bewaard: ${errorMessage(e)}`,
        );
      }
    },
    [form],
  );

  useEffect(() => {
    last.current = JSON.stringify(toDraftRef.current(form.getValues()));
    const sub = form.watch(() => {
      setUnsaved(true);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), delay);
    });
    return () => {
      sub.unsubscribe();
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [form, saveNow, delay]);

  // The connection is back: what failed to save is saved now, without the user doing anything.
  useEffect(
    () =>
      onWeerVerbonden(() => {
        if (failed.current) void saveNow();
      }),
    [saveNow],
  );

  /** Pause autosaving while the advice is being signed (and resume when that failed). */
  const pause = useCallback((paused: boolean) => {
    stopped.current = paused;
    if (paused && timer.current !== null) clearTimeout(timer.current);
  }, []);

  return { status, saveNow, pause, unsaved };
}
