import { Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './PdfViewer.module.css';

export type Fit = 'width' | 'page' | null;

interface Props {
  title: string;
  ready: boolean;
  page: number;
  pageCount: number;
  scale: number;
  fit: Fit;
  thumbnails: boolean;
  findOpen: boolean;
  extra: ReactNode;
  onThumbnails: () => void;
  onZoom: (direction: 1 | -1) => void;
  onFit: (fit: 'width' | 'page') => void;
  onRotate: () => void;
  onFind: () => void;
  /** Present for an official letter: the 'Afdrukken' button. */
  onPrint?: () => void;
  printing?: boolean;
}

/** The viewer's controls: overview, page, zoom, fit, rotate, find, print (a letter only), and the
 *  caller's own extras. */
export function ViewerToolbar(p: Props) {
  const disabled = !p.ready;
  return (
    <div className={classes.toolbar} role="toolbar" aria-label="Weergave">
      <Group gap={6} wrap="nowrap" className={classes.title ?? ''}>
        <Button
          size="compact-sm"
          variant={p.thumbnails ? 'light' : 'default'}
          onClick={p.onThumbnails}
          aria-pressed={p.thumbnails}
          title="Paginaoverzicht tonen of verbergen"
          disabled={disabled}
        >
          Overzicht
        </Button>
        <Text size="sm" fw={500} truncate="end">
          {p.title}
        </Text>
      </Group>
      <Group gap={6} wrap="nowrap" className={classes.actions ?? ''}>
        <Button
          size="compact-sm"
          variant={p.findOpen ? 'light' : 'default'}
          onClick={p.onFind}
          aria-pressed={p.findOpen}
          aria-keyshortcuts="Control+F"
          title="Zoeken in dit document (Ctrl+F)"
          disabled={disabled}
        >
          Zoeken
        </Button>
        {p.onPrint !== undefined && (
          <Button
            size="compact-sm"
            variant="default"
            onClick={p.onPrint}
            loading={p.printing ?? false}
            aria-keyshortcuts="Control+P"
            title="Deze brief afdrukken (Ctrl+P)"
            disabled={disabled}
          >
            Afdrukken
          </Button>
        )}
        {p.extra}
      </Group>
      <Group gap={6} wrap="wrap" className={classes.controls ?? ''}>
        <Text size="sm" c="dimmed" aria-live="polite">
          {p.pageCount > 0 ? `Pagina ${p.page} van ${p.pageCount}` : ''}
        </Text>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => p.onZoom(-1)}
            aria-label="Uitzoomen"
            aria-keyshortcuts="Minus"
            title="Uitzoomen (−)"
            disabled={disabled}
          >
            −
          </Button>
          <Text size="sm" w={44} ta="center">
            {Math.round(p.scale * 100)}%
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => p.onZoom(1)}
            aria-label="Inzoomen"
            aria-keyshortcuts="Plus"
            title="Inzoomen (+)"
            disabled={disabled}
          >
            +
          </Button>
        </Group>
        <Button
          size="compact-sm"
          variant={p.fit === 'width' ? 'light' : 'default'}
          onClick={() => p.onFit('width')}
          aria-pressed={p.fit === 'width'}
          disabled={disabled}
        >
          Paginabreedte
        </Button>
        <Button
          size="compact-sm"
          variant={p.fit === 'page' ? 'light' : 'default'}
          onClick={() => p.onFit('page')}
          aria-pressed={p.fit === 'page'}
          disabled={disabled}
        >
          Hele pagina
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          onClick={p.onRotate}
          aria-label="Draai 90° rechtsom"
          title="Draai 90° rechtsom"
          disabled={disabled}
        >
          ↻
        </Button>
      </Group>
    </div>
  );
}
