import { ActionIcon, Group, Loader, Text, TextInput, UnstyledButton } from '@mantine/core';
import type { RefObject } from 'react';
import type { FindHit, FindStatus } from './useFind';
import classes from './PdfViewer.module.css';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery: (q: string) => void;
  hits: readonly FindHit[];
  status: FindStatus;
  current: number;
  onSelect: (index: number) => void;
  onNext: () => void;
  onPrevious: () => void;
  onClose: () => void;
}

/** Hits in the list; the counter still says how many there are. */
const LIST_LIMIT = 200;

function summary(status: FindStatus, count: number, current: number): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'searching':
      return `Zoeken… pagina ${status.done + 1} van ${status.total}`;
    case 'done':
      if (status.noText) return 'Geen doorzoekbare tekst in dit document';
      if (count === 0) return 'Niets gevonden';
      return `${current + 1} van ${count}${status.capped ? '+' : ''} ${count === 1 ? 'treffer' : 'treffers'}`;
    default: {
      const never: never = status;
      return never;
    }
  }
}

/** Find in this document: a field, the count, previous/next, and the list of hits. */
export function FindBar(p: Props) {
  const count = p.hits.length;
  return (
    <div className={classes.findBar} role="search" aria-label="Zoeken in dit document">
      <Group gap={6} wrap="nowrap" px="sm" py={6}>
        <TextInput
          ref={p.inputRef}
          size="xs"
          className={classes.findInput ?? ''}
          aria-label="Zoeken in document"
          aria-keyshortcuts="Control+F"
          placeholder="Zoeken in document (Ctrl+F)"
          value={p.query}
          maxLength={200}
          onChange={(e) => p.onQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (e.shiftKey) p.onPrevious();
              else p.onNext();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              p.onClose();
            }
          }}
          rightSection={p.status.kind === 'searching' ? <Loader size={12} aria-hidden /> : null}
        />
        <Text size="xs" c="dimmed" aria-live="polite" className={classes.findCount ?? ''}>
          {summary(p.status, count, p.current)}
        </Text>
        <ActionIcon
          variant="default"
          size="sm"
          onClick={p.onPrevious}
          disabled={count === 0}
          aria-label="Vorige treffer"
          title="Vorige treffer (Shift+Enter)"
        >
          ↑
        </ActionIcon>
        <ActionIcon
          variant="default"
          size="sm"
          onClick={p.onNext}
          disabled={count === 0}
          aria-label="Volgende treffer"
          title="Volgende treffer (Enter)"
        >
          ↓
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          size="sm"
          onClick={p.onClose}
          aria-label="Zoeken sluiten"
          title="Zoeken sluiten (Esc)"
        >
          ×
        </ActionIcon>
      </Group>
      {count > 0 && (
        <ol className={classes.hitList} aria-label="Treffers in dit document">
          {p.hits.slice(0, LIST_LIMIT).map((hit, i) => (
            <li key={i}>
              <UnstyledButton
                className={classes.hit ?? ''}
                data-current={i === p.current ? 'true' : undefined}
                aria-current={i === p.current ? 'true' : undefined}
                onClick={() => p.onSelect(i)}
              >
                <span className={classes.hitPage}>p. {hit.page}</span>
                <span className={classes.hitText}>
                  …{hit.before}
                  <strong>{hit.text}</strong>
                  {hit.after}…
                </span>
              </UnstyledButton>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
