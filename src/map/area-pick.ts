/**
 * Clicking a town, grid cell or park filters to it. So that it never fights with clicks on
 * enterprises, it needs an area mode (toolbar) or the Alt key (which picks a grid cell by default).
 */
import { useEffect } from 'react';
import type { Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { useStore, type AreaMode } from '../state/store.ts';
import type { ListDim } from '../state/filters-slice.ts';

export const AREA_PICK_LAYERS: Record<AreaMode, { layer: string; dim: ListDim }> = {
  town: { layer: 'town-fill', dim: 'towns' },
  grid: { layer: 'grid-fill', dim: 'grids' },
  park: { layer: 'park-fill', dim: 'parks' },
};

function pickArea(map: MlMap, e: MapMouseEvent): void {
  const s = useStore.getState();
  const mode = s.areaMode ?? ((e.originalEvent as MouseEvent).altKey ? 'grid' : null);
  if (!mode) return;
  const { layer, dim } = AREA_PICK_LAYERS[mode];
  if (!map.getLayer(layer)) return;
  const f = map.queryRenderedFeatures(e.point, { layers: [layer] })[0];
  const i = f?.properties?.i;
  if (typeof i !== 'number') return;
  s.toggle(dim, i);
  s.openArea({ kind: mode, index: i });
}

/** Listens for the map's clicks on areas. */
export function useAreaPick(map: MlMap | null): void {
  useEffect(() => {
    if (!map) return;
    const onClick = (e: MapMouseEvent) => pickArea(map, e);
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map]);
}
