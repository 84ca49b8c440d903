import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column's header: its text, and whether only a screen reader reads it or it sits right. */
export type HeadCell = string | { label: ReactNode; hidden?: boolean; align?: 'right' };

/**
 * The header row of a table: one column header (scope col) per column. A hidden header names a
 * column of buttons or badges for a screen reader only.
 */
export function TableHead({ columns }: { columns: readonly HeadCell[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c, i) => {
          if (typeof c === 'string') {
            return (
              <Table.Th key={i} scope="col">
                {c}
              </Table.Th>
            );
          }
          return (
            <Table.Th key={i} scope="col" {...(c.align !== undefined ? { ta: c.align } : {})}>
              {c.hidden === true ? <span className="tla-visually-hidden">{c.label}</span> : c.label}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
