/**
 * The page's one MapLibre map, with its controls and the deck.gl overlay drawn into its WebGL context
 * (interleaved), and what must be listened for from the map's first moment: its first load, the rank
 * badge image its styles name, and the errors that stop it from drawing. The hooks beside this file
 * each add one concern to the map.
 */
import { Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { isBasemapSource } from '../base/index.ts';
import { RANK_BADGE, RANK_BADGE_OPTIONS, rankBadgeImage } from '../choropleth/index.ts';
import { mapProblemOf, type MapProblem } from '../map-problems.ts';
import { setOverlayOf } from '../overlay-of.ts';
import { LIGHT_THEME } from '../theme.ts';

setWorkerUrl(workerUrl);

export interface MapShell {
  map: MlMap;
  overlay: MapLibreOverlay;
}

const firstLoaded = new WeakSet<MlMap>();

/** Makes the map in `container`; `onProblem` hears of a failure that keeps it from drawing. */
export function createMap(container: HTMLElement, onProblem: (problem: MapProblem) => void): MapShell {
  const map = new MlMap({
    container,
    style: {
      version: 8,
      sources: {},
      layers: [{ id: 'background', type: 'background', paint: { 'background-color': LIGHT_THEME.land } }],
    },
    center: [121.5, 29.87],
    zoom: 9,
    attributionControl: false,
    // Our own observer resizes the map (resizeKeepingDistrict, use-camera.ts), so that a district view stays fitted.
    trackResize: false,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    localIdeographFontFamily: '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif',
  });
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  setOverlayOf(map, overlay);
  map.once('load', () => {
    firstLoaded.add(map);
  });
  // The rank badge is an image the style names: added as soon as each style loads, before its
  // tiles are laid out (a tile laid out without it never shows its badges), and on request.
  const addBadge = () => {
    if (!map.hasImage(RANK_BADGE)) map.addImage(RANK_BADGE, rankBadgeImage(), RANK_BADGE_OPTIONS);
  };
  map.on('style.load', addBadge);
  map.on('styleimagemissing', (e: { id: string }) => {
    if (e.id === RANK_BADGE) addBadge();
  });
  // MapLibre reports a worker that failed to load, or a style it cannot draw, only as an event. The
  // online basemap's own failures are its hook's (use-basemap.ts): the offline base still draws.
  map.on('error', (e) => {
    if (isBasemapSource((e as unknown as { sourceId?: string }).sourceId)) return;
    const problem = mapProblemOf(e.error);
    if (problem) onProblem(problem);
  });
  return { map, overlay };
}

/** Runs `run` once the map has loaded its first style (at once if it has); gives what cancels a run still waiting. */
export function afterFirstLoad(map: MlMap, run: () => void): () => void {
  if (firstLoaded.has(map)) {
    run();
    return () => undefined;
  }
  map.once('load', run);
  return () => {
    map.off('load', run);
  };
}
