/**
 * A header menu closes the way menus do: Escape, or a press anywhere outside it (the map, another
 * menu, a dock tab). Without the second, an open menu stays over whatever it covers until its own
 * button is pressed again.
 */
import type { RefObject } from 'react';
import { useEffect } from 'react';
import { useEscape } from './use-escape.ts';

/** Calls `close` on Escape or on a pointer press outside `box` (the menu's button and panel), while `open`. */
export function useDismiss(open: boolean, box: RefObject<HTMLElement | null>, close: () => void): void {
  useEscape(open, close);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => { if (!box.current?.contains(e.target as Node)) close(); };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [open, box, close]);
}
