/**
 * "The whole district" as a camera state that lasts: while the map has not moved since it was
 * fitted to the district (on load, or by the reset-view button), a change of the map's size (the
 * dock resized or collapsed, the window resized) fits it again, so a collapsed dock gives a bigger
 * district, not the same district in a corner. Any other move (the user's, a fit to a selection, a
 * fly to an enterprise) ends it.
 */
import type { Map as MlMap } from 'maplibre-gl';

const fitted = new WeakMap<MlMap, [number, number, number, number]>();
/** True while this module moves the camera itself (MapLibre starts the move inside fitBounds). */
let fitting = false;

function fit(map: MlMap, box: [number, number, number, number], duration: number): void {
  fitting = true;
  try {
    map.fitBounds([[box[0], box[1]], [box[2], box[3]]], { padding: 40, duration });
  } finally {
    fitting = false;
  }
  fitted.set(map, box);
}

/** Fits the map to the district's box and remembers that it shows the whole district. */
export function fitDistrict(map: MlMap, bbox: readonly number[], duration = 0): void {
  fit(map, [bbox[0], bbox[1], bbox[2], bbox[3]], duration);
}

/** Installs the rule on a map: any other move ends it. */
export function keepDistrictFitted(map: MlMap): () => void {
  const onMoveStart = () => { if (!fitting) fitted.delete(map); };
  map.on('movestart', onMoveStart);
  return () => map.off('movestart', onMoveStart);
}

/** Resizes the map to its box (MapLibre reports that as a move), fitting the district again if it showed it. */
export function resizeKeepingDistrict(map: MlMap): void {
  const box = fitted.get(map);
  fitting = true;
  try {
    map.resize();
  } finally {
    fitting = false;
  }
  if (box) fit(map, box, 0);
}
