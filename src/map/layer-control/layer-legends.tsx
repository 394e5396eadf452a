/**
 * The legends of the shown layer kinds, in the registry's order, for the map's left column; none while
 * the swipe of two data dates shows (its legend is the level legend alone: no other kind draws then).
 */
import { useStore } from '../../state/store.ts';
import { swipeShown } from '../../state/swipe-slice.ts';
import { shownLegends } from '../layer-kind.ts';
import { LAYER_KINDS } from '../layer-registry.ts';

export function LayerLegends({ compact }: { compact: boolean }) {
  const layers = useStore((s) => s.layers);
  const swiping = useStore(swipeShown);
  if (swiping) return null;
  return shownLegends(LAYER_KINDS, layers).map(({ Legend, kinds }) => (
    <Legend key={kinds[0].id} compact={compact} kinds={kinds} />
  ));
}

/** How many legends the left column shows below the level legend (it folds to make room). */
export function useLayerLegendCount(): number {
  return useStore((s) => (swipeShown(s) ? 0 : shownLegends(LAYER_KINDS, s.layers).length));
}
