import { useEffect, useRef, useState } from 'react';

/** Size of an element's content box and the root font size (rem in px). */
export interface Box {
  w: number;
  h: number;
  rem: number;
}

/** A ref for a chart's container and its current box, kept up to date as it or the root font resizes. */
export function useBox() {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const w = Math.floor(el.clientWidth),
        h = Math.floor(el.clientHeight);
      setBox((b) => (b && b.w === w && b.h === h && b.rem === rem ? b : { w, h, rem }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, box] as const;
}
