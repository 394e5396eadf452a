/**
 * One function from any coordinate system import accepts to WGS84 lon/lat: the Chinese geographic
 * systems of src/data/coords.ts (WGS84, CGCS2000, GCJ-02, BD-09) under any of their usual names,
 * and everything projection.ts projects (Gauss-Kruger zones, Web Mercator, a .prj's WKT).
 */
import type { Text } from '../../domain/text.ts';
import { parseCoordSystem, type CoordSystem } from '../coords.ts';
import { projectionFromCrsId } from './projection.ts';
import type { CrsId } from '../common/import-types.ts';

export interface PointTransform {
  /** Canonical id: 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09' | 'EPSG:<code>' | 'WKT:...'. */
  id: CrsId;
  label: string;
  /** True for projected metres. */
  projected: boolean;
  toWgs84: (x: number, y: number) => [number, number];
  warning?: Text;
}

/** The transform for a coordinate-system name or code (`WGS-84`, `AMap`, `EPSG:4549` ...); undefined when import does not know it. */
export function pointTransform(crs: CrsId): PointTransform | undefined {
  const p = projectionFromCrsId(parseCoordSystem(crs) ?? crs);
  return (
    p && { id: p.id, label: p.label, projected: !p.geographic, toWgs84: (x, y) => p.toWgs84(x, y), warning: p.warning }
  );
}

/** Geographic systems a user may pick for lon/lat values, in the order the dialog offers them. */
export const GEOGRAPHIC_CHOICES: readonly CoordSystem[] = ['wgs84', 'cgcs2000', 'gcj02', 'bd09'];
