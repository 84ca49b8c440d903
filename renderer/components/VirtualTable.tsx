import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
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
  rowLabel: (row: T) => string;
  rowHeight?: number;
  /** Rows rendered beyond the view on each side (default 12: fast scrolling shows no empty rows). */
  overscan?: number;
  /** Which list is shown (a search, filters): when it changes, the view goes back to the top. */
  listKey?: string;
  /** A newer list is being fetched; this one stays until it comes. */
  busy?: boolean;
}

/**
 * A long list as an ARIA table, virtualised: only the rows in view (plus a few) are in the DOM, so
 * 50,000 aanvragen scroll like 50. Each row opens its item (click, Enter, Space). One row is in
 * the tab order at a time (roving tabindex); the arrow keys, Home, End and Page Up/Down move it.
 */
export function VirtualTable<T>(props: Props<T>) {
  const { columns, total, getRow, onRangeChange, rowHeight = 44 } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const template = columns.map((c) => c.width).join(' ');
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: props.overscan ?? 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) onRangeChange(first, last);
  }, [first, last, total, onRangeChange]);

  const [active, setActive] = useState(0);
  const shownList = useRef(props.listKey);
  // Before the new list is painted, so it never shows at the old list's scroll position. Only when
  // scrolled (the virtualizer knows from the scroll events): setting scrollTop forces a layout,
  // which on every keystroke of a search cost more than the rows themselves.
  useLayoutEffect(() => {
    if (shownList.current === props.listKey) return;
    shownList.current = props.listKey;
    if ((virtualizer.scrollOffset ?? 0) > 0 && scrollRef.current) scrollRef.current.scrollTop = 0;
    setActive(0);
  }, [props.listKey, virtualizer]);
  const focusPending = useRef(false);
  const onFocusRow = useCallback((index: number) => setActive(index), []);
  useEffect(() => {
    if (!focusPending.current) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[aria-rowindex="${active + 2}"]`);
    if (el) {
      focusPending.current = false;
      el.focus();
    }
  });

  // When the active row has scrolled out of the DOM, the first row in view takes its place in the tab order.
  const tabbable = items.some((i) => i.index === active) ? active : first;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const page = Math.max(1, last - first - 2);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: total - 1,
    };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = Math.min(Math.max(target, 0), total - 1);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusPending.current = true;
    setActive(next);
  };

  return (
    <div
      role="table"
      aria-label={props.label}
      aria-rowcount={total + 1}
      aria-busy={props.busy === true ? true : undefined}
      className={classes.table}
    >
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
          onKeyDown={onKeyDown}
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
              active={item.index === tabbable}
              onFocusRow={onFocusRow}
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
  active: boolean;
  onFocusRow: (index: number) => void;
}

// Memoised: while scrolling, rows already on screen do not render again; only new ones do.
const Row = memo(function Row<T>(props: RowProps<T>) {
  const { index, start, height, template, row, columns, onOpen, rowLabel, onFocusRow } = props;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-label={row === undefined ? 'Laden…' : rowLabel(row)}
      tabIndex={props.active ? 0 : -1}
      className={classes.row}
      onFocus={() => onFocusRow(index)}
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
