import { useEffect, useRef, type RefObject } from 'react';

/** Mounted viewers, most recent last: Ctrl+F goes to the one holding focus, else the newest. */
const viewers: HTMLElement[] = [];

/**
 * Ctrl+F (Cmd+F) opens find in this viewer. Without Shift only: Ctrl+Shift+F belongs to the dossier
 * search. Listened for in the capture phase on window and stopped there, so no other Ctrl+F handler
 * also takes the focus away.
 */
export function useFindShortcut(root: RefObject<HTMLElement | null>, open: () => void): void {
  const openRef = useRef(open);
  openRef.current = open;

  useEffect(() => {
    const el = root.current;
    if (el === null) return;
    viewers.push(el);
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'f')
        return;
      const focused = document.activeElement;
      const owner = viewers.find((v) => focused !== null && v.contains(focused)) ?? viewers.at(-1);
      if (owner !== el) return;
      e.preventDefault();
      e.stopPropagation();
      openRef.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      viewers.splice(viewers.indexOf(el), 1);
    };
  }, [root]);
}
