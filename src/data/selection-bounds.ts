/** The bounding box of the selected enterprises (mask[i] = 1), for "fit to selection"; null when none has a position. */
export function selectionBounds(lon: ArrayLike<number>, lat: ArrayLike<number>, mask: ArrayLike<number>): [number, number, number, number] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i] || !Number.isFinite(lon[i]) || !Number.isFinite(lat[i])) continue;
    if (lon[i] < w) w = lon[i];
    if (lon[i] > e) e = lon[i];
    if (lat[i] < s) s = lat[i];
    if (lat[i] > n) n = lat[i];
  }
  return w <= e ? [w, s, e, n] : null;
}
