/**
 * One function from any coordinate system import accepts to WGS84 lon/lat: the Chinese geographic
 * systems of src/data/coords.ts (WGS84, CGCS2000, GCJ-02, BD-09) and everything projection.ts
 * projects (Gauss-Kruger zones, Web Mercator, a .prj's WKT).
 */
import { parseCoordSystem, toWgs84, type CoordSystem } from '../coords.ts';
import { projectionFromEpsg, projectionFromPrj } from './projection.ts';
import type { Bilingual, CrsId } from './types.ts';

export interface PointTransform {
  /** Canonical id: 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09' | 'EPSG:<code>' | 'WKT:...'. */
  id: CrsId;
  label: string;
  /** True for projected metres. */
  projected: boolean;
  toWgs84: (x: number, y: number) => [number, number];
  warning?: Bilingual;
}

const GEOGRAPHIC_LABELS: Record<CoordSystem, string> = {
  wgs84: 'WGS84 (GPS)', cgcs2000: 'CGCS2000 (EPSG:4490)', gcj02: 'GCJ-02 (AMap / Tencent)', bd09: 'BD-09 (Baidu)',
};

/** The transform for a coordinate-system name or code; undefined when it is not one import knows. */
export function pointTransform(crs: CrsId): PointTransform | undefined {
  const geographic = parseCoordSystem(crs);
  if (geographic) {
    return { id: geographic, label: GEOGRAPHIC_LABELS[geographic], projected: false, toWgs84: (x, y) => toWgs84(geographic, x, y) };
  }
  const p = crs.startsWith('WKT:') ? projectionFromPrj(crs.slice(4)) : projectionFromEpsg(crs);
  if (!p || 'error' in p) return undefined;
  return { id: p.id, label: p.label, projected: !p.geographic, toWgs84: (x, y) => p.toWgs84(x, y), warning: p.warning };
}

/** Geographic systems a user may pick for lon/lat values, in the order the dialog offers them. */
export const GEOGRAPHIC_CHOICES: readonly CoordSystem[] = ['wgs84', 'cgcs2000', 'gcj02', 'bd09'];
export const geographicLabel = (c: CoordSystem): string => GEOGRAPHIC_LABELS[c];
