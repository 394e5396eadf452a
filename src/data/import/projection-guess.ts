/**
 * Guessing the Gauss-Kruger grid of coordinates that came without a CRS, from their magnitude.
 * Used by projection.ts (re-exported there) and by the Shapefile reader when a .prj is missing.
 */
import { trBoth, type Text } from '../../domain/text.ts';
import { PROJECTION_TEXT } from './projection-strings.ts';
import { gkFromCode, gkProjection, type GkGrid } from './projection-core.ts';
import type { CrsId } from '../common/import-types.ts';

/** A guessed projected CRS and why it was chosen. */
export interface ProjectedGuess {
  crs: CrsId;
  label: string;
  why: Text;
  /** The values are stored northing first: swap x and y before converting. */
  swapped: boolean;
  /** Eastings carry no zone number and no hint was given: the user must pick the central meridian. */
  needsCentralMeridian: boolean;
}

interface Range {
  min: number;
  max: number;
  mid: number;
}

function range(v: ArrayLike<number>): Range | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!Number.isFinite(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return min <= max ? { min, max, mid: (min + max) / 2 } : undefined;
}

/** Zone number from a prefixed easting, when both ends of the range are in one valid zone. */
function prefixZone(r: Range): number | undefined {
  const z = Math.floor(r.mid / 1e6);
  const valid = (z >= 13 && z <= 23) || (z >= 25 && z <= 45);
  if (!valid || Math.floor(r.min / 1e6) !== z || Math.floor(r.max / 1e6) !== z) return undefined;
  const rest = r.mid - z * 1e6;
  return rest >= 100000 && rest <= 900000 ? z : undefined;
}

const plainEasting = (r: Range) => r.min >= 100000 && r.max <= 900000;
const eastingSized = (r: Range) => prefixZone(r) !== undefined || plainEasting(r);
/** Gauss-Kruger northings in China: 0 (equator) .. ~6.0e6 (54 N). */
const northingSized = (r: Range) => r.min >= 0 && r.max <= 6.2e6;
/** A northing that cannot be an easting (south China at ~1.9e6 up to the far north). */
const clearlyNorthing = (r: Range) => r.min >= 1.5e6 && r.max <= 6.2e6;

const fmt = (n: number) => Math.round(n).toString();

/**
 * Guess the CGCS2000 Gauss-Kruger grid of coordinates with no declared CRS.
 *
 * - lon/lat-sized values (|x| <= 180, |y| <= 90): undefined (not projected);
 * - eastings with a zone prefix (>= 1e7): that zone, 13-23 as 6-degree, 25-45 as 3-degree;
 * - eastings 100000..900000 without prefix: the 3-degree CM grid that puts the data nearest to
 *   `hintLon` (e.g. the longitude of other layers); without a hint, CM 120E flagged
 *   `needsCentralMeridian` so the UI asks;
 * - northing-first files (x ~ 1.5e6..6.2e6, y easting-sized) are detected and flagged `swapped`.
 *
 * @returns undefined when the values fit neither lon/lat nor a Chinese Gauss-Kruger grid.
 */
export function guessProjectedCrs(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  hintLon?: number,
): ProjectedGuess | undefined {
  const rx = range(xs);
  const ry = range(ys);
  if (!rx || !ry) return undefined;
  if (rx.min >= -180 && rx.max <= 180 && ry.min >= -90 && ry.max <= 90) return undefined;
  let e = rx;
  let n = ry;
  let swapped = false;
  if (!eastingSized(rx) && eastingSized(ry) && clearlyNorthing(rx)) {
    [e, n, swapped] = [ry, rx, true];
  }
  if (!eastingSized(e) || !northingSized(n)) return undefined;
  const swapNote = swapped ? PROJECTION_TEXT.swapped : '';
  const zone = prefixZone(e);
  if (zone !== undefined) {
    const g = gkFromCode(zone <= 23 ? 4491 + zone - 13 : 4513 + zone - 25) as GkGrid;
    const width = g.threeDeg ? 3 : 6;
    return {
      crs: `EPSG:${g.code}`,
      label: gkProjection(g).label,
      why: trBoth(PROJECTION_TEXT.zoneFromPrefix, fmt(e.min), fmt(e.max), String(zone), String(width), swapNote),
      swapped,
      needsCentralMeridian: false,
    };
  }
  const hinted = hintLon !== undefined && Number.isFinite(hintLon);
  let best = gkFromCode(4549) as GkGrid;
  if (hinted) {
    let bestD = Infinity;
    for (let code = 4534; code <= 4554; code++) {
      const g = gkFromCode(code) as GkGrid;
      const d = Math.abs(gkProjection(g).toWgs84(e.mid, n.mid)[0] - hintLon);
      if (d < bestD) [best, bestD] = [g, d];
    }
  }
  const label = gkProjection(best).label;
  const why = hinted
    ? trBoth(PROJECTION_TEXT.meridianFromHint, fmt(e.min), fmt(e.max), hintLon.toFixed(2), String(best.cm), swapNote)
    : trBoth(PROJECTION_TEXT.meridianUnknown, fmt(e.min), fmt(e.max), swapNote);
  return { crs: `EPSG:${best.code}`, label, why, swapped, needsCentralMeridian: !hinted };
}
