/**
 * What the swipe draws over the map: the divider the presenter drags (pointer, or the arrow keys
 * once it has the focus), and each half's data date in large type beside it. While a drag is under
 * way only the store's `swipeDrag` changes (the map redraws with a new clip, nothing else); the
 * divider's place goes into `swipe`, and so into the link, when the drag ends. Esc leaves the swipe
 * (before it leaves presentation mode).
 */
import { useCallback, useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import { tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { swipeAt, swipeEarlierUnfiltered } from '../../state/swipe-slice.ts';
import { useEscape } from '../../ui/use-escape.ts';
import { refitDistrict } from '../district-view.ts';
import { dividerAfterKey, dividerAt } from './swipe-clip.ts';
import { SWIPE_TEXT as T } from './strings.ts';

export function SwipeView({ map }: { map: MlMap | null }) {
  const lang = useStore((s) => s.lang);
  const at = useStore(swipeAt);
  const earlierAsOf = useStore((s) => s.comparison?.earlier.manifest.asOf ?? '');
  const currentAsOf = useStore((s) => s.dataset?.manifest.asOf ?? '');
  const unfiltered = useStore(swipeEarlierUnfiltered);
  const root = useRef<HTMLDivElement>(null);

  const leave = useCallback(() => useStore.getState().setSwipe(null), []);
  // Under the shortcut list, the drawer and the area panel: Esc closes those first.
  const topmost = useCallback(() => {
    const s = useStore.getState();
    return !s.helpOpen && s.selected === null && s.area === null;
  }, []);
  useEscape(true, leave, topmost);
  // A map that shows the whole district centres it under the divider's first place (district-view.ts reads data-fit-centred).
  useEffect(() => {
    if (map) refitDistrict(map);
    return () => {
      if (map) refitDistrict(map);
    };
  }, [map]);

  const placeOf = (e: PointerEvent) => {
    const box = root.current!.getBoundingClientRect();
    return dividerAt(e.clientX, box.left, box.width);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
    useStore.getState().dragSwipe(placeOf(e));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) useStore.getState().dragSwipe(placeOf(e));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    e.currentTarget.releasePointerCapture(e.pointerId);
    useStore.getState().setSwipe(placeOf(e));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = dividerAfterKey(at, e.key, e.shiftKey);
    if (next === null) return;
    e.preventDefault();
    useStore.getState().setSwipe(next);
  };

  const pct = `${(at * 100).toFixed(2)}%`;
  return (
    <div className="swipe" ref={root} data-testid="swipe" data-at={at.toFixed(3)} data-fit-centred="">
      <div className="swipe-half swipe-half-earlier" style={{ width: pct }}>
        <div className="swipe-label swipe-label-earlier" data-testid="swipe-label-earlier">
          <span className="swipe-date">{tr(lang, T.earlier, earlierAsOf)}</span>
          {unfiltered && (
            <span className="swipe-note" data-testid="swipe-earlier-unfiltered">
              {tr(lang, T.earlierUnfiltered)}
            </span>
          )}
        </div>
      </div>
      <div className="swipe-half swipe-half-current" style={{ left: pct }}>
        <div className="swipe-label swipe-label-current" data-testid="swipe-label-current">
          <span className="swipe-date">{tr(lang, T.current, currentAsOf)}</span>
        </div>
      </div>
      <div
        className="swipe-divider"
        style={{ left: pct }}
        role="separator"
        aria-orientation="vertical"
        aria-label={tr(lang, T.divider)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(at * 100)}
        tabIndex={0}
        data-testid="swipe-divider"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      >
        <span className="swipe-line" />
        <span className="swipe-grip" aria-hidden="true">
          ◀▶
        </span>
      </div>
    </div>
  );
}
