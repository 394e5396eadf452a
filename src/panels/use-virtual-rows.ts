import { useCallback, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useElementHeight } from './use-element-height.ts';

/**
 * A virtualised list of rows in a scroll box whose first row is a sticky header: row height is read
 * from a probe row (so rem-based sizes follow the root font), each row is keyed by its data index, and
 * a new `resetOn` (a new filter result) scrolls back to the top.
 */
export function useVirtualRows(order: ArrayLike<number>, resetOn: unknown, fallbackRowPx: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLDivElement>(null);
  const rowPx = useElementHeight(probeRef, fallbackRowPx);
  const getItemKey = useCallback((k: number) => order[k], [order]);
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowPx,
    getItemKey,
    overscan: 10,
    // The sticky header row sits above the first row, inside the scroll box.
    paddingStart: rowPx,
    scrollPaddingStart: rowPx,
    useFlushSync: false,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowPx]);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetOn]);
  return { scrollRef, probeRef, rowPx, virtualizer };
}
