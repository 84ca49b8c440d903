import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Which pages are in view of the scroll pane (IntersectionObserver), as the range of pages to render:
 * the visible ones plus `margin` before and after.
 */
export function usePageVisibility(
  scroller: RefObject<HTMLDivElement | null>,
  margin: number,
  resetKey: unknown,
) {
  const visible = useRef(new Set<number>());
  const elements = useRef(new Map<number, Element>());
  const observer = useRef<IntersectionObserver | null>(null);
  const [range, setRange] = useState<[number, number]>([1, 1 + margin]);
  const [firstVisible, setFirstVisible] = useState(1);

  useEffect(() => {
    const root = scroller.current;
    if (root === null) return;
    visible.current = new Set();
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
        setFirstVisible(min);
        setRange((old) =>
          old[0] === Math.max(1, min - margin) && old[1] === max + margin
            ? old
            : [Math.max(1, min - margin), max + margin],
        );
      },
      { root, threshold: 0 },
    );
    observer.current = io;
    for (const el of elements.current.values()) io.observe(el);
    return () => {
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

  return { observe, range, firstVisible };
}
