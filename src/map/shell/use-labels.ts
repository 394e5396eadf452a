/**
 * The data of the base style's own label layers, which MapLibre places so that no label covers
 * another: the ranks of the shown choropleth (a ranked town carries its rank in its name, grid cells
 * and parks get badges: choropleth/rank-labels.ts) and, on the wall, the names of the 重大
 * enterprises that pass the filters (base/major-names.ts). Set again on every new style.
 */
import { useEffect } from 'react';
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { swipeShown } from '../../state/swipe-slice.ts';
import { useStore } from '../../state/store.ts';
import { NO_RANKS, RANK_SOURCE, rankedTownLabels, rankLabelFeatures } from '../choropleth/index.ts';
import { MAJOR_NAMES, majorNameFeatures } from '../base/index.ts';
import { useFilterResult } from './use-filter-result.ts';
import { useRankedChoroplethAreas } from './use-overlay.ts';

export function useLabels(map: MlMap | null, styleReady: number): void {
  const dataset = useStore((s) => s.dataset);
  const ranked = useRankedChoroplethAreas();
  // Names stream in after the first picture; the wall's labels of 重大 enterprises wait for them.
  const text = useStore((s) => s.text);
  const presenting = useStore((s) => s.presenting);
  // The names are the current 重大 enterprises': not over the swipe's earlier half.
  const swiping = useStore(swipeShown);
  const filtered = useFilterResult();

  useEffect(() => {
    const source = styleReady > 0 && dataset ? map?.getSource<GeoJSONSource>(RANK_SOURCE) : undefined;
    if (!map || !source || !dataset) return;
    const { towns, grids, parks } = dataset.manifest;
    map
      .getSource<GeoJSONSource>('town-labels')
      ?.setData(rankedTownLabels(towns, ranked?.kind === 'town' ? ranked.top : []));
    source.setData(
      ranked && ranked.kind !== 'town'
        ? rankLabelFeatures(ranked.top, ranked.kind === 'grid' ? grids : parks)
        : NO_RANKS,
    );
  }, [map, styleReady, dataset, ranked]);

  useEffect(() => {
    const source = styleReady > 0 && dataset ? map?.getSource<GeoJSONSource>(MAJOR_NAMES) : undefined;
    if (!source || !dataset) return;
    const mask = filtered.result?.mask ?? null;
    source.setData(
      presenting && text && !swiping
        ? majorNameFeatures({ enterprises: dataset.enterprises, text }, mask)
        : { type: 'FeatureCollection', features: [] },
    );
  }, [map, styleReady, dataset, text, presenting, swiping, filtered]);
}
