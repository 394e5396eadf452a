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

/**
 * Room kept free of the district at each side: 40 px, plus the width of any overlay on the map marked
 * `data-fit-avoid="left"` or `"right"` (presentation mode's legend column and list of names). While an
 * overlay marked `data-fit-centred` shows (the swipe of two data dates, whose divider starts in the
 * middle), both sides keep the wider room, so the district sits in the middle of the map.
 */
function padding(map: MlMap): { top: number; bottom: number; left: number; right: number } {
  const out = { top: 40, bottom: 40, left: 40, right: 40 };
  const box = map.getContainer().getBoundingClientRect();
  for (const el of document.querySelectorAll<HTMLElement>('[data-fit-avoid]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    if (el.dataset.fitAvoid === 'left') out.left = Math.max(out.left, r.right - box.left + 16);
    if (el.dataset.fitAvoid === 'right') out.right = Math.max(out.right, box.right - r.left + 16);
  }
  if (document.querySelector('[data-fit-centred]')) out.left = out.right = Math.max(out.left, out.right);
  // Never more padding than the map has room for.
  const spare = box.width - 200;
  if (out.left + out.right > spare) {
    const k = spare / (out.left + out.right);
    out.left *= k;
    out.right *= k;
  }
  return out;
}

function fit(map: MlMap, box: [number, number, number, number], duration: number): void {
  fitting = true;
  try {
    map.fitBounds(
      [
        [box[0], box[1]],
        [box[2], box[3]],
      ],
      { padding: typeof document === 'undefined' ? 40 : padding(map), duration },
    );
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
  const onMoveStart = () => {
    if (!fitting) fitted.delete(map);
  };
  map.on('movestart', onMoveStart);
  return () => map.off('movestart', onMoveStart);
}

/** Fits the district again if the map shows it (an overlay that the fit avoids came or went). */
export function refitDistrict(map: MlMap): void {
  const box = fitted.get(map);
  if (box) fit(map, box, 0);
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
