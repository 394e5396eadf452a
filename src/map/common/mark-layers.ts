/**
 * What the layers of marks over the points share (the inspection status's frames, the changes'
 * arrows): their options, and one colour per mark from a small table, for the light map or the wall.
 */

/** A mark's stroke colour on the light map and on the presentation wall (RGB). */
export interface MarkColours {
  readonly light: readonly number[];
  readonly wall: readonly number[];
}

/** RGBA per marked enterprise (`marks[k]` its mark's index in `table`). */
export function colourPerMark(
  a: { length: number; marks: ArrayLike<number> },
  table: readonly MarkColours[],
  wall: boolean,
): Uint8Array {
  const rgba = new Uint32Array(table.length);
  const bytes = new Uint8Array(rgba.buffer);
  table.forEach((m, k) => bytes.set([...(wall ? m.wall : m.light), 255], 4 * k));
  const out = new Uint32Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = rgba[a.marks[k]];
  return new Uint8Array(out.buffer);
}

/** The options every marks layer takes. */
export interface MarkLayerOptions {
  /** Only enterprises with enterpriseMask[row] === 1 (the map filter result); null = all. */
  enterpriseMask: Uint8Array | null;
  /** The filter result's version: the marks are taken again when it changes. */
  version?: number;
  opacity: number;
  /** The wall's colours (presentation mode's dark map). */
  wall?: boolean;
  /** Extra radius multiplier (the theme's point scale: larger on the wall). */
  radiusScale?: number;
  zoom?: number;
  id?: string;
  beforeId?: string;
}
