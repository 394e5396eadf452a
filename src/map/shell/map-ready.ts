/**
 * Two questions about the map's drawing, kept apart. `data-map-ready` on the map's box says the map
 * shows what the store holds now: false from each change of the layers until the builders of what is
 * shown have arrived and MapLibre has gone idle (the e2e tests and the tour bench wait on it instead
 * of guessing a time). The stall watchdog asks whether the map has drawn at all since its style was
 * set, so that a filter or a zoom near its deadline cannot raise "the map did not draw".
 */
import type { Map as MlMap } from 'maplibre-gl';
import { prefetchWhenIdle } from '../../ui/lazy-load.ts';
import { buildersLoading } from '../lazy-builder.ts';
import { MAP_DRAW_TIMEOUT_MS } from '../map-problems.ts';

const drawnSinceStyle = new WeakSet<MlMap>();
/** The one idle listener that sets `data-map-ready` back, so that one of an earlier change cannot set it while a builder loads. */
const onDrawn = new WeakMap<MlMap, () => void>();

function setReady(map: MlMap, ready: boolean): void {
  map.getContainer().dataset.mapReady = String(ready);
}

/** A style is being set: `onStall` is called should the map not draw within MAP_DRAW_TIMEOUT_MS. Gives the watchdog's cancel. */
export function watchForStall(map: MlMap, onStall: () => void): () => void {
  setReady(map, false);
  drawnSinceStyle.delete(map);
  // A map that has not drawn in this long will not: say so rather than stay grey.
  const watchdog = setTimeout(() => {
    if (!drawnSinceStyle.has(map)) onStall();
  }, MAP_DRAW_TIMEOUT_MS);
  return () => clearTimeout(watchdog);
}

/**
 * The layers changed: not ready until the map is idle with the builders of what is shown arrived
 * (while one loads nothing is awaited; the overlay calls this again when it arrives). Once the first
 * map is drawn, the parts of the page not yet used load while the browser is idle.
 */
export function readyWhenDrawn(map: MlMap): void {
  setReady(map, false);
  const earlier = onDrawn.get(map);
  if (earlier) map.off('idle', earlier);
  onDrawn.delete(map);
  if (buildersLoading()) return;
  const drawn = () => {
    onDrawn.delete(map);
    drawnSinceStyle.add(map);
    setReady(map, true);
    prefetchWhenIdle();
  };
  onDrawn.set(map, drawn);
  map.once('idle', drawn);
}
