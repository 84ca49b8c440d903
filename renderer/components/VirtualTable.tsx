import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type ReactNode } from 'react';
import classes from './VirtualTable.module.css';

export interface Column<T> {
  key: string;
  header: string;
  /** A CSS grid track, e.g. '2fr' or '120px'. */
  width: string;
  render: (row: T) => ReactNode;
  align?: 'start' | 'end';
}

interface Props<T> {
  label: string;
  columns: readonly Column<T>[];
  total: number;
  getRow: (index: number) => T | undefined;
  onRangeChange: (start: number, end: number) => void;
  onOpen: (row: T) => void;
  rowKey: (row: T) => string | number;
  rowLabel: (row: T) => string;
  rowHeight?: number;
}

/**
 * A long list as an ARIA table, virtualised: only the rows in view (plus a few) are in the DOM, so
 * 50,000 aanvragen scroll like 50. Each row is one button-like row that opens the item.
 */
export function VirtualTable<T>(props: Props<T>) {
  const { columns, total, getRow, onRangeChange, rowHeight = 44 } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const template = columns.map((c) => c.width).join(' ');
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) onRangeChange(first, last);
  }, [first, last, total, onRangeChange]);

  return (
    <div role="table" aria-label={props.label} aria-rowcount={total + 1} className={classes.table}>
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          className={classes.headerRow}
          style={{ gridTemplateColumns: template }}
        >
          {columns.map((c) => (
            <div role="columnheader" key={c.key} className={c.align === 'end' ? classes.end : ''}>
              {c.header}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className={classes.scroller} data-testid="virtual-scroller">
        <div
          role="rowgroup"
          className={classes.body}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => (
            <Row
              key={item.key}
              index={item.index}
              start={item.start}
              height={rowHeight}
              template={template}
              row={getRow(item.index)}
              columns={columns}
              onOpen={props.onOpen}
              rowLabel={props.rowLabel}
            />
          ))}
        </div>
      </div>
      {total === 0 && (
        <Text className={classes.empty ?? ''} c="dimmed">
          Geen rijen.
        </Text>
      )}
    </div>
  );
}

interface RowProps<T> {
  index: number;
  start: number;
  height: number;
  template: string;
  row: T | undefined;
  columns: readonly Column<T>[];
  onOpen: (row: T) => void;
  rowLabel: (row: T) => string;
}

// Memoised: while scrolling, rows already on screen do not render again; only new ones do.
const Row = memo(function Row<T>({ index, start, height, template, row, columns, onOpen, rowLabel }: RowProps<T>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-label={row === undefined ? 'Laden…' : rowLabel(row)}
      tabIndex={row === undefined ? -1 : 0}
      className={classes.row}
      style={{ gridTemplateColumns: template, height, transform: `translateY(${start}px)` }}
      onClick={() => row !== undefined && onOpen(row)}
      onKeyDown={(e) => {
        if (row !== undefined && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          onOpen(row);
        }
      }}
    >
      {columns.map((c) => (
        <div role="cell" key={c.key} className={c.align === 'end' ? classes.end : classes.cell}>
          {row === undefined ? <span className={classes.placeholder} /> : c.render(row)}
        </div>
      ))}
    </div>
  );
}) as <T>(props: RowProps<T>) => ReactNode;
