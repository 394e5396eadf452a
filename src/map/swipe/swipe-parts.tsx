/**
 * The swipe as the map shell sees it, in the first map's chunk and kept small: the button that turns
 * it on, the hook that gathers what its layers draw, and a wrapper that shows its view once its own
 * chunk (swipe-chunk.ts: the builder, the clip extension and the view) is in. Nothing of it loads
 * until a comparison is open: the first map's JS budget is nearly full (scripts/check-bundle-size.ts).
 */
import { useEffect, useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import type { Map as MlMap } from 'maplibre-gl';
import { useShallow } from 'zustand/react/shallow';
import { tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { swipeAt, swipeEarlierMask, swipeShown } from '../../state/swipe-slice.ts';
import { PREFETCH, registerPrefetch, useLazyLoaded } from '../../ui/lazy-load.ts';
import { FIRST_ABOVE_POINTS } from '../base/index.ts';
import { buildEnterpriseAttributes, visibilityInDrawOrder, type EnterpriseAttributes } from '../enterprises/index.ts';
import { builderOf, lazyBuilder } from '../lazy-builder.ts';
import type { MapTheme } from '../theme.ts';
import { toggleSwipe } from './swipe-command.ts';
import { SWIPE_TEXT as T } from './strings.ts';

const swipeChunk = lazyBuilder(() => import('./swipe-chunk.ts'));
registerPrefetch(PREFETCH.layer, () => swipeChunk.load());

/** What the swipe's layers draw beyond the map's own points: the earlier snapshot's and the divider's place. */
export interface SwipeState {
  earlier: EnterpriseAttributes;
  earlierVisible: Uint8Array | null;
  at: number;
}

/**
 * The swipe's inputs while it shows, else null. The earlier snapshot's points are laid out once per
 * comparison (and let go when the swipe is left), their visibility once per filter run; a divider
 * step changes only `at`.
 */
export function useSwipe(): SwipeState | null {
  const earlierData = useStore((s) => (swipeShown(s) ? s.comparison!.earlier : null));
  const filtered = useStore(useShallow((s) => ({ mask: swipeEarlierMask(s), version: s.resultVersion })));
  const at = useStore(swipeAt);
  const earlier = useMemo(
    () => (earlierData ? buildEnterpriseAttributes(earlierData.enterprises) : null),
    [earlierData],
  );
  const earlierVisible = useMemo(
    () => (earlier && filtered.mask ? visibilityInDrawOrder(earlier.order, filtered.mask) : null),
    [earlier, filtered],
  );
  return useMemo(() => (earlier ? { earlier, earlierVisible, at } : null), [earlier, earlierVisible, at]);
}

/** The swipe's two layers (none while its chunk loads: the map builds again when it arrives). */
export function swipeLayers(
  swipe: SwipeState,
  current: { attributes: EnterpriseAttributes; visible: Uint8Array | null },
  theme: MapTheme,
): Layer[] {
  return (
    builderOf(swipeChunk, { name: T.layerName })?.buildSwipeLayers({
      earlier: { attributes: swipe.earlier, visible: swipe.earlierVisible },
      current,
      at: swipe.at,
      outline: theme.pointOutline,
      radiusScale: theme.pointScale,
      beforeId: FIRST_ABOVE_POINTS,
    }) ?? []
  );
}

/** The divider and the labels, once the chunk is in. */
export function SwipeOverlay({ map }: { map: MlMap | null }) {
  useLazyLoaded();
  const shown = useStore(swipeShown);
  const m = swipeChunk.current;
  useEffect(() => {
    if (shown && !m) swipeChunk.load().catch(() => undefined);
  }, [shown, m]);
  return shown && m ? <m.SwipeView map={map} /> : null;
}

/** "两期对比 / Swipe" on the map while a comparison is ready; pressed while the swipe is on. */
export function SwipeButton() {
  const lang = useStore((s) => s.lang);
  const ready = useStore((s) => s.comparison !== null && s.compareState === 'ready');
  const on = useStore((s) => s.swipe !== null);
  if (!ready) return null;
  return (
    <button
      type="button"
      className="swipe-toggle"
      aria-pressed={on}
      title={tr(lang, T.buttonTitle)}
      data-testid="swipe-toggle"
      onClick={toggleSwipe}
    >
      <span aria-hidden="true">◧</span> {tr(lang, T.button)}
    </button>
  );
}
