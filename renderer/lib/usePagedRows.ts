import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/errors';

export interface Page<T> {
  total: number;
  rows: T[];
}

export interface PagedRows<T> {
  total: number | null;
  error: string | null;
  getRow: (index: number) => T | undefined;
  /** Ask for the rows in [start, end]; pages not yet loaded are fetched. */
  ensureRange: (start: number, end: number) => void;
}

/**
 * Rows of a long list fetched a page at a time, on demand, and cached. A new `queryKey` (search
 * text, role) starts a fresh cache; answers for an old key are dropped.
 */
export function usePagedRows<T>(
  queryKey: string,
  pageSize: number,
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
): PagedRows<T> {
  const pages = useRef(new Map<number, T[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inFlight.current.has(page)) return;
      inFlight.current.add(page);
      const gen = generation.current;
      fetchRef.current(page * pageSize, pageSize).then(
        (result) => {
          if (gen !== generation.current) return;
          inFlight.current.delete(page);
          pages.current.set(page, result.rows);
          setTotal(result.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          inFlight.current.delete(page);
          setError(errorMessage(e));
        },
      );
    },
    [pageSize],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    inFlight.current = new Set();
    setTotal(null);
    setError(null);
    load(0);
  }, [queryKey, load]);

  const getRow = useCallback(
    (index: number) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize],
    [pageSize],
  );

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let p = Math.floor(start / pageSize); p <= Math.floor(end / pageSize); p += 1) load(p);
    },
    [load, pageSize],
  );

  return { total, error, getRow, ensureRange };
}
