/**
 * Escape closes the topmost panel: the enterprise drawer, then the area panel, then whatever
 * registered itself last (the layers panel). One keydown listener per caller; a handler that
 * closed something calls preventDefault so the panels under it stay open.
 */
import { useEffect } from 'react';

/** Calls `close` on Escape while `active`, unless a panel above already took the key (or the key was in a list box). */
export function useEscape(active: boolean, close: () => void, isTopmost: () => boolean = () => true): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || (e.target as HTMLElement | null)?.tagName === 'SELECT') return;
      if (!isTopmost()) return;
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, close, isTopmost]);
}
