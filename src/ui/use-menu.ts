/**
 * A header menu's open state, closed the way menus close: Escape, or a press anywhere outside it
 * (the map, another menu, a dock tab). Without the second, an open menu stays over whatever it
 * covers until its own button is pressed again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEscape } from './use-escape.ts';

/** `box` goes on the element that holds the menu's button and panel; a press outside it closes. */
export function useMenu() {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  useEscape(open, close);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [open, close]);
  return { open, close, toggle, box };
}
