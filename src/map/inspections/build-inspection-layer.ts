/**
 * The inspection-status marks as a deck.gl ScatterplotLayer over binary attributes: positions and a
 * mark code per marked enterprise (inspection-marks.ts), a colour per mark from a four-entry table,
 * each mark's outline drawn by MarkShapeExtension. Drawn over the points and the hazard rings, not
 * pickable: a click or a hover goes to the enterprise point beneath, as with the hazard rings.
 * Loaded lazily (lazy-builder.ts), with deck.gl.
 */
import { colourPerMark, type MarkLayerOptions } from '../common/mark-layers.ts';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { EnterpriseColumns } from '../../data/columns.ts';
import {
  INSPECTION_MARKS,
  inspectionMarksFor,
  MARK_CASING,
  MARK_RADIUS,
  markZoomStyle,
  type InspectionMarkAttributes,
  type MarkKey,
} from './inspection-marks.ts';
import { MarkShapeExtension } from './mark-shape-extension.ts';

export { buildInspectionMarks, inspectionMarksFor, markOfCode } from './inspection-marks.ts';

export interface InspectionLayerOptions extends MarkLayerOptions {
  /** The statuses to mark. */
  marks: readonly MarkKey[];
}

/** RGBA per mark (its stroke colour), for the light map or the wall. */
export const markColors = (a: InspectionMarkAttributes, wall: boolean): Uint8Array =>
  colourPerMark(a, INSPECTION_MARKS, wall);

let colorCache: { a: InspectionMarkAttributes; wall: boolean; colors: Uint8Array; shapes: Float32Array } | null = null;

const shapeExtension = new MarkShapeExtension();

/** The marks' layer, or null while there is no inspection status (no ledger yet). */
export function buildInspectionLayer(
  c: Pick<EnterpriseColumns, 'lon' | 'lat' | 'inspectionState'>,
  o: InspectionLayerOptions,
): ScatterplotLayer | null {
  const a = inspectionMarksFor(c, o.enterpriseMask, o.version, o.marks);
  if (!a) return null;
  const wall = o.wall ?? false;
  if (!colorCache || colorCache.a !== a || colorCache.wall !== wall)
    colorCache = { a, wall, colors: markColors(a, wall), shapes: Float32Array.from(a.marks) };
  const style = markZoomStyle(o.zoom);
  return new ScatterplotLayer({
    id: o.id ?? 'inspection-marks',
    data: {
      length: a.length,
      attributes: {
        getPosition: { value: a.positions, size: 2 },
        getLineColor: { value: colorCache.colors, size: 4, normalized: true },
        getMark: { value: colorCache.shapes, size: 1 },
      },
    },
    extensions: [shapeExtension],
    getRadius: MARK_RADIUS,
    radiusUnits: 'pixels',
    radiusScale: (o.radiusScale ?? 1) * style.scale,
    getFillColor: [...(wall ? MARK_CASING.wall : MARK_CASING.light)],
    filled: true,
    stroked: false,
    opacity: o.opacity * style.fade,
    // A reading aid: clicks and hovers go to the enterprise points beneath.
    pickable: false,
    // Read by MapLibreOverlay in interleaved mode: draw beneath the base map's labels.
    beforeId: o.beforeId,
  });
}
