import { useEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy, PDFPageProxy, TextItem } from './pdfjs';
import {
  buildPageText,
  findInPage,
  foldQuery,
  hasText,
  type Match,
  type PageText,
} from './textSearch';

/** More hits than this are not useful to step through; the count says so. */
const HIT_LIMIT = 500;

export interface FindHit extends Match {
  page: number;
}

/** A highlight on a page, as fractions of the page box (so zooming does not move it). */
export interface FindMark {
  left: number;
  top: number;
  width: number;
  height: number;
  current: boolean;
}

interface Cached {
  page: PDFPageProxy;
  text: PageText;
}

export type FindStatus =
  | { kind: 'idle' }
  | { kind: 'searching'; done: number; total: number }
  | { kind: 'done'; noText: boolean; capped: boolean };

/**
 * Find in one document: the text of every page is fetched once (page.getTextContent, cached per
 * page), searched case- and accent-insensitively, and turned into page marks for the given rotation.
 */
export function useFind(doc: PDFDocumentProxy | null, query: string, rotation: number) {
  const cache = useRef(new Map<number, Cached>());
  const [hits, setHits] = useState<FindHit[]>([]);
  const [status, setStatus] = useState<FindStatus>({ kind: 'idle' });
  const [current, setCurrent] = useState(0);

  useEffect(() => {
    cache.current = new Map();
  }, [doc]);

  useEffect(() => {
    const folded = foldQuery(query);
    setCurrent(0);
    if (doc === null || folded === '') {
      setHits([]);
      setStatus({ kind: 'idle' });
      return;
    }
    let live = true;
    setHits([]);
    void (async () => {
      const found: FindHit[] = [];
      let anyText = false;
      const total = doc.numPages;
      for (let n = 1; n <= total && live; n++) {
        let entry = cache.current.get(n);
        if (entry === undefined) {
          if (n === 1 || n % 10 === 0) setStatus({ kind: 'searching', done: n - 1, total });
          try {
            const page = await doc.getPage(n);
            const content = await page.getTextContent();
            const runs = content.items.filter((i): i is TextItem => 'str' in i);
            entry = { page, text: buildPageText(runs) };
            cache.current.set(n, entry);
          } catch {
            continue;
          }
        }
        if (!live) return;
        anyText ||= hasText(entry.text);
        if (found.length < HIT_LIMIT)
          for (const m of findInPage(entry.text, folded, HIT_LIMIT - found.length))
            found.push({ ...m, page: n });
        // Show the first hits as soon as they are there, not only at the end of a long document.
        if (n === 1 || n % 20 === 0) setHits([...found]);
      }
      if (!live) return;
      setHits(found);
      setStatus({ kind: 'done', noText: !anyText, capped: found.length >= HIT_LIMIT });
    })();
    return () => {
      live = false;
    };
  }, [doc, query]);

  const marks = useMemo(() => {
    const byPage = new Map<number, FindMark[]>();
    hits.forEach((hit, index) => {
      const entry = cache.current.get(hit.page);
      if (entry === undefined) return;
      const viewport = entry.page.getViewport({
        scale: 1,
        rotation: (entry.page.rotate + rotation) % 360,
      });
      const list = byPage.get(hit.page) ?? [];
      for (const [x0, y0, x1, y1] of hit.rects) {
        const [ax, ay, bx, by] = viewport.convertToViewportRectangle([x0, y0, x1, y1]) as number[];
        const left = Math.min(ax ?? 0, bx ?? 0);
        const top = Math.min(ay ?? 0, by ?? 0);
        list.push({
          left: left / viewport.width,
          top: top / viewport.height,
          width: Math.abs((bx ?? 0) - (ax ?? 0)) / viewport.width,
          height: Math.abs((by ?? 0) - (ay ?? 0)) / viewport.height,
          current: index === current,
        });
      }
      byPage.set(hit.page, list);
    });
    return byPage;
  }, [hits, rotation, current]);

  const count = hits.length;
  return {
    hits,
    status,
    marks,
    current: count === 0 ? -1 : Math.min(current, count - 1),
    setCurrent,
    next: () => setCurrent((c) => (count === 0 ? 0 : (c + 1) % count)),
    previous: () => setCurrent((c) => (count === 0 ? 0 : (c - 1 + count) % count)),
  };
}
