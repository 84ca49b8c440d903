import { Loader, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type RefObject } from 'react';
import type { OutputOf } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { Snippet } from './Snippet';
import classes from './DossierSearch.module.css';

type Result = OutputOf<'dossier.zoek'>;
export type DossierHit = Result['hits'][number];

interface Props {
  aanvraagId: number;
  inputRef: RefObject<HTMLInputElement | null>;
  /** `query`: what was searched for, to find again in the opened document. */
  onOpen: (hit: DossierHit, query: string) => void;
}

/** Search across all documents of the dossier; a hit opens its document at its page. */
export function DossierSearch({ aanvraagId, inputRef, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [result, setResult] = useState<{ query: string; data: Result } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState<number | null>(null);

  useEffect(() => {
    if (debounced === '') {
      setResult(null);
      setError(null);
      return;
    }
    let live = true;
    call('dossier.zoek', { aanvraagId, query: debounced })
      .then((data) => {
        if (!live) return;
        setResult({ query: debounced, data });
        setError(null);
        setActive(null);
      })
      .catch((e: unknown) => {
        if (live) setError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [aanvraagId, debounced]);

  const searching = debounced !== '' && result?.query !== debounced && error === null;
  const data = result?.query === debounced ? result.data : null;

  return (
    <div role="search" aria-label="Dossier doorzoeken">
      <TextInput
        ref={inputRef}
        label="Zoeken in dossier"
        aria-keyshortcuts="Control+Shift+F"
        placeholder="Woord of naam (Ctrl+Shift+F)"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maxLength={200}
        rightSection={searching ? <Loader size="xs" aria-label="Zoeken" /> : null}
      />
      {error !== null && (
        <Text size="sm" c="red" mt={4}>
          {error}
        </Text>
      )}
      {data !== null && (
        <>
          <Text size="sm" c="dimmed" mt={4} aria-live="polite">
            {data.hits.length === 0
              ? `Niets gevonden voor ‘${debounced}’.`
              : `${data.hits.length} ${data.hits.length === 1 ? 'treffer' : 'treffers'}`}
          </Text>
          {data.nogTeIndexeren > 0 && (
            <Text size="sm" c="orange.9" mt={2}>
              {data.nogTeIndexeren === 1
                ? '1 document wordt nog geïndexeerd; de resultaten zijn mogelijk onvolledig.'
                : `${data.nogTeIndexeren} documenten worden nog geïndexeerd; de resultaten zijn mogelijk onvolledig.`}
            </Text>
          )}
          {data.hits.length > 0 && (
            <ul className={classes.hits} aria-label="Zoekresultaten">
              {data.hits.map((hit, i) => (
                <li key={`${hit.documentId}-${hit.page}-${i}`}>
                  <button
                    type="button"
                    className={`${classes.hit} ${active === i ? classes.hitActive : ''}`}
                    aria-current={active === i ? 'true' : undefined}
                    onClick={() => {
                      setActive(i);
                      onOpen(hit, result?.query ?? '');
                    }}
                  >
                    <Text size="sm" fw={500} component="span" className={classes.hitTitle ?? ''}>
                      {hit.fileName} · pagina {hit.page}
                    </Text>
                    <span className={classes.snippet}>
                      <Snippet text={hit.snippet} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
