/** The legends of the shown layer kinds, in the registry's order, for the map's left column. */
import { useStore } from '../../state/store.ts';
import { shownLegends } from '../layer-kind.ts';
import { LAYER_KINDS } from '../layer-registry.ts';

export function LayerLegends({ compact }: { compact: boolean }) {
  const layers = useStore((s) => s.layers);
  return shownLegends(LAYER_KINDS, layers).map(({ Legend, kinds }) => (
    <Legend key={kinds[0].id} compact={compact} kinds={kinds} />
  ));
}

/** How many legends the left column shows below the level legend (it folds to make room). */
export function useLayerLegendCount(): number {
  return useStore((s) => shownLegends(LAYER_KINDS, s.layers).length);
}
