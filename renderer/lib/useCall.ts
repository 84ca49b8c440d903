import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, OutputOf, ProcedureName } from '../../electron/contract';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';

export interface CallState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export interface CallOptions {
  /**
   * Issue 13 · many at once: load again when the window gets the focus back and every
   * `VERNIEUW_MS` while it is visible and the user is at it, quietly: no loader, the data on screen
   * stays until the new answer comes and is only replaced when it differs. For lists and views
   * (Mijn werk, the aanvraag, the meeting), never for the data an edit form was filled from.
   */
  vernieuw?: boolean;
}

/** How often a visible screen asks again (a gentle poll: 2 calls a minute per screen). */
export const VERNIEUW_MS = 30_000;
/**
 * The poll runs only while the user did something (pointer, key, scroll) this recently: a screen
 * left alone stops asking, so the backend's idle lock (15 minutes, S3) still comes, at most this
 * much later. Any activity after a pause asks at once.
 */
export const ACTIEF_MS = 2 * 60_000;

let lastActivity = Date.now();
const wakeListeners = new Set<() => void>();
let activityInstalled = false;

function installActivity(): void {
  if (activityInstalled || typeof window === 'undefined') return;
  activityInstalled = true;
  const seen = () => {
    const now = Date.now();
    const wasIdle = now - lastActivity > ACTIEF_MS;
    lastActivity = now;
    if (wasIdle) for (const l of wakeListeners) l();
  };
  for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const)
    window.addEventListener(type, seen, { capture: true, passive: true });
}

/**
 * A counter that goes up when the screen should load again: the window got the focus back or
 * became visible, the user came back after a pause, or `VERNIEUW_MS` passed while the window is
 * visible and the user active. Off (stays 0) when `enabled` is false.
 */
export function useVernieuwing(enabled: boolean): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    installActivity();
    const bump = () => setTick((t) => t + 1);
    const visible = () => document.visibilityState === 'visible';
    const onVisibility = () => {
      if (visible()) bump();
    };
    const timer = window.setInterval(() => {
      if (visible() && Date.now() - lastActivity <= ACTIEF_MS) bump();
    }, VERNIEUW_MS);
    window.addEventListener('focus', bump);
    document.addEventListener('visibilitychange', onVisibility);
    wakeListeners.add(bump);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', bump);
      document.removeEventListener('visibilitychange', onVisibility);
      wakeListeners.delete(bump);
    };
  }, [enabled]);
  return tick;
}

/**
 * Loads one procedure's result for a screen and reloads it on demand. `key` decides when the input
 * changed (the input object itself is usually new on every render).
 */
export function useCall<N extends ProcedureName>(
  name: N,
  input: InputOf<N> | null,
  key: string,
  options: CallOptions = {},
): CallState<OutputOf<N>> {
  const [data, setData] = useState<OutputOf<N> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(input !== null);
  const [tick, setTick] = useState(0);
  const inputRef = useRef(input);
  inputRef.current = input;
  const keyRef = useRef(key);
  keyRef.current = key;
  // What is on screen, as JSON: a quiet refresh with the same answer changes nothing.
  const shown = useRef<string | null>(null);
  const vernieuwing = useVernieuwing(options.vernieuw === true);

  useEffect(() => {
    const current = inputRef.current;
    if (current === null) {
      setLoading(false);
      return;
    }
    let live = true;
    setLoading(true);
    call(name, current).then(
      (result) => {
        if (!live) return;
        shown.current = JSON.stringify(result);
        setData(result);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(errorMessage(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [name, key, tick]);

  // The quiet refresh: no loader; the answer replaces the data only when it differs.
  useEffect(() => {
    const current = inputRef.current;
    if (vernieuwing === 0 || current === null) return;
    let live = true;
    const asked = keyRef.current;
    call(name, current, { achtergrond: true }).then(
      (result) => {
        // An answer for an input no longer on screen is dropped.
        if (!live || asked !== keyRef.current) return;
        const json = JSON.stringify(result);
        if (json !== shown.current) {
          shown.current = json;
          setData(result);
        }
        setError(null);
      },
      (e: unknown) => {
        if (live && asked === keyRef.current) setError(errorMessage(e));
      },
    );
    return () => {
      live = false;
    };
  }, [name, vernieuwing]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
