/**
 * Coordinate reference systems of imported boundary layers: the core (projection-core.ts), the
 * `.prj` reader (projection-prj.ts) and the guess from coordinates (projection-guess.ts) behind one
 * module, so that none of them imports another in a circle.
 */
import type { Text } from '../../domain/text.ts';
import { toWgs84 as geoToWgs84 } from '../coords.ts';
import { projectionFromEpsg, type Projection } from './projection-core.ts';
import { projectionFromWkt } from './projection-prj.ts';
import type { CrsId } from '../common/import-types.ts';

export * from './projection-core.ts';
export { guessProjectedCrs, type ProjectedGuess } from './projection-guess.ts';

/**
 * The projection for an ESRI or OGC WKT `.prj`.
 *
 * @returns the projection, or `{ error }` naming what the .prj describes when it cannot be used.
 */
export function projectionFromPrj(wkt: string): Projection | { error: Text } {
  return projectionFromWkt(wkt);
}

/**
 * The projection for a CrsId as stored in a CrsGuess: 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09',
 * 'EPSG:<code>' or 'WKT:<text>'.
 */
export function projectionFromCrsId(id: CrsId): Projection | undefined {
  if (id === 'gcj02' || id === 'bd09') {
    const label = id === 'gcj02' ? 'GCJ-02 (AMap / Tencent)' : 'BD-09 (Baidu)';
    return { id, label, geographic: true, toWgs84: (x, y) => geoToWgs84(id, x, y) };
  }
  if (id === 'wgs84') return projectionFromEpsg(4326);
  if (id === 'cgcs2000') return projectionFromEpsg(4490);
  if (id.startsWith('WKT:')) {
    const p = projectionFromWkt(id.slice(4));
    return 'error' in p ? undefined : p;
  }
  return projectionFromEpsg(id);
}
