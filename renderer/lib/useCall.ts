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

/**
 * Loads one procedure's result for a screen and reloads it on demand. `key` decides when the input
 * changed (the input object itself is usually new on every render).
 */
export function useCall<N extends ProcedureName>(
  name: N,
  input: InputOf<N> | null,
  key: string,
): CallState<OutputOf<N>> {
  const [data, setData] = useState<OutputOf<N> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(input !== null);
  const [tick, setTick] = useState(0);
  const inputRef = useRef(input);
  inputRef.current = input;

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

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
