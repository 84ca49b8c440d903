import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * The page the reader is on: of the pages in view, the one showing the most of itself (the first of
 * equals). Not simply the first page in view: a sliver of the previous page at the top is not the
 * page being read, and bookmarks and the remembered position use this number.
 */
function mostVisible(
  root: Element,
  pages: Iterable<number>,
  elements: Map<number, Element>,
): number {
  const view = root.getBoundingClientRect();
  let best = -1;
  let bestHeight = -1;
  for (const page of [...pages].sort((a, b) => a - b)) {
    const r = elements.get(page)?.getBoundingClientRect();
    if (r === undefined) continue;
    const shown = Math.min(r.bottom, view.bottom) - Math.max(r.top, view.top);
    if (shown > bestHeight + 1) {
      best = page;
      bestHeight = shown;
    }
  }
  return best;
}

/**
 * Which pages are in view of the scroll pane (IntersectionObserver), as the range of pages to render:
 * the visible ones plus `margin` before and after; and the page the reader is on. Until the observer
 * first reports (a frame or two after the pages are laid out), a new document (`resetKey`) counts
 * `start` as the page in view, so its drawing starts at once.
 */
export function usePageVisibility(
  scroller: RefObject<HTMLDivElement | null>,
  margin: number,
  resetKey: unknown,
  start: number,
) {
  const visible = useRef(new Set<number>());
  const elements = useRef(new Map<number, Element>());
  const observer = useRef<IntersectionObserver | null>(null);
  const [view, setView] = useState<[number, number]>([start, start]);
  const [firstVisible, setFirstVisible] = useState(start);
  // A new document: start over from `start` in this render (no effect, no extra frame).
  const [shownKey, setShownKey] = useState(resetKey);
  if (shownKey !== resetKey) {
    setShownKey(resetKey);
    setView([start, start]);
    setFirstVisible(start);
  }

  useEffect(() => {
    const root = scroller.current;
    if (root === null) return;
    visible.current = new Set();
    let frame = 0;
    const updateCurrent = (): void => {
      frame = 0;
      if (visible.current.size === 0) return;
      const page = mostVisible(root, visible.current, elements.current);
      if (page > 0) setFirstVisible(page);
    };
    const onScroll = (): void => {
      if (frame === 0) frame = requestAnimationFrame(updateCurrent);
    };
    root.addEventListener('scroll', onScroll, { passive: true });
    const io = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const page = Number((entry.target as HTMLElement).dataset.pageNumber);
          if (entry.isIntersecting) visible.current.add(page);
          else visible.current.delete(page);
        }
        if (visible.current.size === 0) return;
        const pages = [...visible.current];
        const min = Math.min(...pages);
        const max = Math.max(...pages);
        updateCurrent();
        setView((old) => (old[0] === min && old[1] === max ? old : [min, max]));
      },
      { root, threshold: 0 },
    );
    observer.current = io;
    for (const el of elements.current.values()) io.observe(el);
    return () => {
      root.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      io.disconnect();
      observer.current = null;
    };
  }, [scroller, margin, resetKey]);

  const observe = useCallback((el: Element | null, page: number) => {
    const old = elements.current.get(page);
    if (old !== undefined) observer.current?.unobserve(old);
    if (el === null) elements.current.delete(page);
    else {
      elements.current.set(page, el);
      observer.current?.observe(el);
    }
  }, []);

  const range: [number, number] = [Math.max(1, view[0] - margin), view[1] + margin];
  return { observe, view, range, currentPage: firstVisible };
}
