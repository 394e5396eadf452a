/**
 * The offline base map: the dataset's own layers as a MapLibre style (build-base-style.ts), set again
 * when the geometry, the language or the theme changes. It depends on geometry and names only: a
 * rescore (a new dataset object, the same geometry) keeps it. Gives how many styles have gone idle
 * since the map was made, 0 until the first: what adds to the style or places layers by its ids
 * waits for it.
 */
import { useEffect, useState } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import { useStore } from '../../state/store.ts';
import { buildBaseStyle } from '../base/index.ts';
import { MAP_STALLED, type MapProblem } from '../map-problems.ts';
import type { MapTheme } from '../theme.ts';
import { afterFirstLoad } from './create-map.ts';
import { watchForStall } from './map-ready.ts';

export function useBaseStyle(map: MlMap | null, theme: MapTheme, onProblem: (problem: MapProblem) => void): number {
  const geo = useStore((s) => s.dataset?.geo);
  const manifest = useStore((s) => s.dataset?.manifest);
  const lang = useStore((s) => s.lang);
  const [styleReady, setStyleReady] = useState(0);
  useEffect(() => {
    if (!map || !geo || !manifest) return;
    const stopWatching = watchForStall(map, () => onProblem(MAP_STALLED));
    // beforeId is ignored until the style reports loaded (a MapLibre 6 behaviour with inline sources): push layers again then.
    const onIdle = () => setStyleReady((n) => n + 1);
    // A map made just now (its chunk arrived after the dataset) has not loaded its first style yet; a
    // style set before then is not diffed but built from scratch. So the dataset's style waits for it.
    const cancel = afterFirstLoad(map, () => {
      map.setStyle(buildBaseStyle(geo, manifest, theme, lang));
      map.once('idle', onIdle);
    });
    return () => {
      cancel();
      map.off('idle', onIdle);
      stopWatching();
    };
  }, [map, geo, manifest, lang, theme, onProblem]);
  return styleReady;
}
