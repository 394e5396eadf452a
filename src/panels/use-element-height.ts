import { useLayoutEffect, useState, type RefObject } from 'react';

/** The rendered pixel height of an element, kept up to date (root font size changes included). */
export function useElementHeight(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [h, setH] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const v = el.getBoundingClientRect().height;
      if (v > 0) setH(v);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return h;
}
