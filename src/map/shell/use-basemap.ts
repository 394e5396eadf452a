/**
 * The opt-in online basemap (base/online-basemap.ts): while on, its raster layers lie just above the
 * background and the district's fills are made see-through; a refused key or an unreachable server
 * turns it off with a notice, the offline base having been there all along. Gives the attribution
 * to show while it is on, else null.
 */
import { useEffect } from 'react';
import type { ErrorEvent, Map as MlMap } from 'maplibre-gl';
import { useStore } from '../../state/store.ts';
import {
  BASEMAP_LABEL_SOURCE,
  BASEMAP_SOURCE,
  basemapAttribution,
  basemapLayers,
  basemapSources,
  isBasemapSource,
  isRefusal,
} from '../base/index.ts';
import { basemapRefusal } from '../map-problems.ts';

export function useBasemap(map: MlMap | null, styleReady: number): string | null {
  const basemap = useStore((s) => s.basemap);
  const lang = useStore((s) => s.lang);

  useEffect(() => {
    if (!map) return;
    // The online basemap refusing its key (HTTP 418 from Tianditu: a wrong key or a spent quota): say so and go back to the offline base.
    const onError = (e: ErrorEvent) => {
      if (!isBasemapSource((e as unknown as { sourceId?: string }).sourceId)) return;
      const status = (e.error as { status?: number } | undefined)?.status;
      const s = useStore.getState();
      if (s.basemap.enabled && (isRefusal(status) || status === undefined || status >= 400)) {
        s.setBasemap({ ...s.basemap, enabled: false }, false);
        s.setNotice({ kind: 'message', ...basemapRefusal(status) });
      }
    };
    map.on('error', onError);
    return () => {
      map.off('error', onError);
    };
  }, [map]);

  useEffect(() => {
    if (!map || styleReady === 0) return;
    for (const id of [BASEMAP_LABEL_SOURCE, BASEMAP_SOURCE]) {
      if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(id)) map.removeSource(id);
    }
    map.setPaintProperty('town-fill', 'fill-opacity', basemap.enabled ? 0.35 : 1);
    if (!basemap.enabled) return;
    for (const [id, source] of Object.entries(basemapSources(basemap, lang))) map.addSource(id, source);
    for (const layer of basemapLayers()) map.addLayer(layer, 'town-fill');
  }, [map, basemap, styleReady, lang]);

  return basemap.enabled ? basemapAttribution(basemap, lang) : null;
}
