/**
 * The changes layer's chunk. The layer is a deck.gl ScatterplotLayer over binary attributes: positions and a mark code
 * per mark (change-marks.ts), a colour per mark from a four-entry table, each mark's shape drawn by
 * ChangeShapeExtension. Drawn over the points and the other marks. Not pickable, so a click or a
 * hover goes to the enterprise point beneath.
 * Loaded lazily (lazy-builder.ts), with deck.gl.
 */
import { colourPerMark, marksLayer, type MarkLayerOptions } from '../common/mark-layers.ts';
import { ScatterplotLayer } from '@deck.gl/layers';
import {
  CHANGE_CASING,
  CHANGE_MARK_RADIUS,
  CHANGE_MARKS,
  changeMarksFor,
  changeZoomStyle,
  type ChangeMarkAttributes,
  type ChangeMarkChoice,
  type ChangeSources,
} from './change-marks.ts';
import { ChangeShapeExtension } from './change-shape-extension.ts';

export { buildChangeMarks, changeMarksFor } from './change-marks.ts';
// The legend and the settings come in this chunk too (changes-parts.tsx).
export { ChangesLegend } from './changes-legend.tsx';
export { ChangesSettings } from './changes-settings.tsx';

export interface ChangeLayerOptions extends ChangeMarkChoice, MarkLayerOptions {}

/** RGBA per mark (its shape's colour), for the light map or the wall. */
export const changeColors = (a: ChangeMarkAttributes, wall: boolean): Uint8Array =>
  colourPerMark(a, CHANGE_MARKS, wall);

let colorCache: { a: ChangeMarkAttributes; wall: boolean; colors: Uint8Array; shapes: Float32Array } | null = null;

const shapeExtension = new ChangeShapeExtension();

/** The marks' layer, or null while there is no comparison (or its change codes are not computed yet). */
export function buildChangeLayer(x: ChangeSources, o: ChangeLayerOptions): ScatterplotLayer | null {
  const a = changeMarksFor(x, o.enterpriseMask, o.version, o);
  if (!a) return null;
  const wall = o.wall ?? false;
  if (!colorCache || colorCache.a !== a || colorCache.wall !== wall)
    colorCache = { a, wall, colors: changeColors(a, wall), shapes: Float32Array.from(a.marks) };
  return marksLayer(a, o, {
    id: 'change-marks',
    radius: CHANGE_MARK_RADIUS,
    casing: CHANGE_CASING,
    style: changeZoomStyle(o.zoom),
    extension: shapeExtension,
    colors: colorCache.colors,
    shapes: colorCache.shapes,
    billboard: true,
  });
}
