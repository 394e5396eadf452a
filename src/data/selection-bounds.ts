/** The bounding box of the selected enterprises (mask[i] = 1), for "fit to selection"; null when none has a position. */
export function selectionBounds(
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  mask: ArrayLike<number>,
): [number, number, number, number] | null {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i] || !Number.isFinite(lon[i]) || !Number.isFinite(lat[i])) continue;
    if (lon[i] < w) w = lon[i];
    if (lon[i] > e) e = lon[i];
    if (lat[i] < s) s = lat[i];
    if (lat[i] > n) n = lat[i];
  }
  return w <= e ? [w, s, e, n] : null;
}

/** A selection small enough to fly to on its own: this many enterprises at most, in this share of the district's width and height. */
export const SMALL_SELECTION = { maxEnterprises: 30, maxShareOfDistrict: 0.25 };

/**
 * True when `selected` enterprises in box `b` are a small set in a small area of the district box
 * `district` (each side at most a quarter of the district's): the map then zooms to them once.
 */
export function isSmallSelection(
  selected: number,
  b: [number, number, number, number] | null,
  district: readonly number[],
): boolean {
  if (!b || selected === 0 || selected > SMALL_SELECTION.maxEnterprises) return false;
  const share = SMALL_SELECTION.maxShareOfDistrict;
  return b[2] - b[0] <= (district[2] - district[0]) * share && b[3] - b[1] <= (district[3] - district[1]) * share;
}
