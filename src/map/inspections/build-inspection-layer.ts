/**
 * The inspection-status marks as a deck.gl ScatterplotLayer over binary attributes: positions and a
 * mark code per marked enterprise (inspection-marks.ts), a colour per mark from a four-entry table,
 * each mark's outline drawn by MarkShapeExtension. Drawn over the points and the hazard rings, not
 * pickable: a click or a hover goes to the enterprise point beneath, as with the hazard rings.
 * Loaded lazily (lazy-builder.ts), with deck.gl.
 */
import { colourPerMark, marksLayer, type MarkLayerOptions } from '../common/mark-layers.ts';
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
  return marksLayer(a, o, {
    id: 'inspection-marks',
    radius: MARK_RADIUS,
    casing: MARK_CASING,
    style: markZoomStyle(o.zoom),
    extension: shapeExtension,
    colors: colorCache.colors,
    shapes: colorCache.shapes,
  });
}
