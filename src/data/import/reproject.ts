/**
 * Converting a layer's coordinates to WGS84 with a point function (from projection.ts or coords.ts).
 * Shared by the Shapefile and GeoJSON readers. The nesting depth of each geometry type is fixed by
 * GeoJSON; only GeometryCollections nest, and those are walked with an explicit, bounded stack.
 */
import type { Geometry, Position } from 'geojson';
import { trBoth } from '../../domain/text.ts';
import { PROJECTION_TEXT } from './projection-strings.ts';
import type { SourceLayer } from '../common/import-types.ts';

/** GeometryCollections nested deeper than this are left out (and reported), never recursed into. */
const MAX_COLLECTION_DEPTH = 8;

type Fn = (x: number, y: number) => [number, number];

/**
 * A deep copy of `layer` with every coordinate passed through `toWgs84` (extra values such as Z
 * are kept). Its crs becomes WGS84 (label "WGS 84 (from <old label>)"). Points that do not convert
 * to finite numbers are kept as returned and reported once per feature in `issues`.
 */
export function reprojectLayer(layer: SourceLayer, toWgs84: Fn): SourceLayer {
  const issues = layer.issues.slice();
  let bad = false;
  const pos = (p: Position): Position => {
    const [x, y] = toWgs84(p[0], p[1]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) bad = true;
    return p.length > 2 ? [x, y, ...p.slice(2)] : [x, y];
  };
  const line = (l: Position[]) => l.map(pos);
  const simple = (g: Exclude<Geometry, { type: 'GeometryCollection' }>): Geometry => {
    switch (g.type) {
      case 'Point':
        return { type: 'Point', coordinates: pos(g.coordinates) };
      case 'MultiPoint':
      case 'LineString':
        return { type: g.type, coordinates: line(g.coordinates) } as Geometry;
      case 'MultiLineString':
      case 'Polygon':
        return { type: g.type, coordinates: g.coordinates.map(line) } as Geometry;
      case 'MultiPolygon':
        return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(line)) };
    }
  };
  /** Copy a geometry; collections via a work list of (source, target array, depth). */
  const geometry = (g: Geometry, row: number): Geometry => {
    if (g.type !== 'GeometryCollection') return simple(g);
    const root: Geometry = { type: 'GeometryCollection', geometries: [] };
    const work: { src: Geometry[]; dst: Geometry[]; depth: number }[] = [
      { src: g.geometries, dst: root.geometries, depth: 1 },
    ];
    while (work.length) {
      const { src, dst, depth } = work.pop()!;
      for (const c of src) {
        if (c.type !== 'GeometryCollection') dst.push(simple(c));
        else if (depth < MAX_COLLECTION_DEPTH) {
          const sub: Geometry = { type: 'GeometryCollection', geometries: [] };
          dst.push(sub);
          work.push({ src: c.geometries, dst: sub.geometries, depth: depth + 1 });
        } else {
          issues.push({
            row,
            column: 'geometry',
            value: '',
            severity: 'warning',
            reason: trBoth(PROJECTION_TEXT.collectionTooDeep, String(row)),
          });
        }
      }
    }
    return root;
  };
  const features = layer.features.map((f, i) => {
    bad = false;
    const g = f.geometry ? geometry(f.geometry, i + 1) : null;
    if (bad) {
      issues.push({
        row: i + 1,
        column: 'geometry',
        value: '',
        severity: 'error',
        reason: trBoth(PROJECTION_TEXT.outsideProjection, String(i + 1)),
      });
    }
    return { ...f, geometry: g, properties: { ...f.properties } };
  });
  const crs = { crs: 'wgs84', label: `WGS 84 (from ${layer.crs.label})`, source: layer.crs.source };
  return { ...layer, features, crs, issues };
}
