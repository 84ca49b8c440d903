import { Alert, Loader, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { navigate } from '../../lib/router';
import type { PagedRows } from '../../lib/usePagedRows';

interface Props<T extends { id: number }> {
  label: string;
  columns: readonly Column<T>[];
  rowLabel: (row: T) => string;
  paged: PagedRows<T>;
  /** What an empty list says: its title and one line of what to do. */
  empty: { title: string; text: ReactNode };
}

function openRow(row: { id: number }): void {
  navigate({ name: 'aanvraag', id: row.id });
}

/**
 * A long list of aanvragen (Mijn werk, Alle aanvragen) from usePagedRows: loading, empty, or the
 * table, which keeps the list on screen while a new search is fetched (busy) and goes back to the
 * top when the new list comes. A row opens its aanvraag.
 */
export function AanvragenLijst<T extends { id: number }>(props: Props<T>) {
  const { total, error, shownKey, pending, getRow, ensureRange } = props.paged;
  if (total === null) return error === null ? <Loader size="sm" aria-label="Laden" /> : null;
  if (total === 0)
    return (
      <Alert color="gray" variant="light" title={props.empty.title}>
        {props.empty.text}
      </Alert>
    );
  return (
    <VirtualTable
      label={props.label}
      columns={props.columns}
      total={total}
      getRow={getRow}
      onRangeChange={ensureRange}
      onOpen={openRow}
      rowLabel={props.rowLabel}
      listKey={shownKey ?? ''}
      busy={pending}
      // A new search renders every row again: fewer beyond the view keep a keystroke quick (P2).
      overscan={6}
    />
  );
}

/** The search box of the lists: one text for kenmerk, leerling, school and TLV volgnummer. */
export function ZoekVeld({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  return (
    <TextInput
      type="search"
      label="Zoeken"
      placeholder="Kenmerk, leerling, school of volgnummer"
      w={320}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
