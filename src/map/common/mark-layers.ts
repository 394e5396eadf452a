/**
 * What the layers of marks over the points share (the inspection status's frames, the changes'
 * arrows): their options, one colour per mark from a small table, for the light map or the wall, and
 * the layer itself. Imported by the lazy builders only (it brings deck.gl).
 */
import type { LayerExtension } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';

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

/** What differs between two marks layers: their id, size, casing, zoom style, shapes and colours. */
export interface MarkLayerLook {
  id: string;
  radius: number;
  casing: MarkColours;
  style: { scale: number; fade: number };
  extension: LayerExtension;
  colors: Uint8Array;
  shapes: Float32Array;
  /** Marks stay upright when the map turns or tilts. */
  billboard?: boolean;
}

/** A marks layer: a ScatterplotLayer over binary attributes, its shapes drawn by the look's extension. */
export function marksLayer(
  a: { length: number; positions: Float32Array | Float64Array },
  o: MarkLayerOptions,
  look: MarkLayerLook,
): ScatterplotLayer {
  const wall = o.wall ?? false;
  return new ScatterplotLayer({
    id: o.id ?? look.id,
    data: {
      length: a.length,
      attributes: {
        getPosition: { value: a.positions, size: 2 },
        getLineColor: { value: look.colors, size: 4, normalized: true },
        getMark: { value: look.shapes, size: 1 },
      },
    },
    extensions: [look.extension],
    getRadius: look.radius,
    radiusUnits: 'pixels',
    radiusScale: (o.radiusScale ?? 1) * look.style.scale,
    ...(look.billboard ? { billboard: true } : {}),
    getFillColor: [...(wall ? look.casing.wall : look.casing.light)] as [number, number, number],
    filled: true,
    stroked: false,
    opacity: o.opacity * look.style.fade,
    // A reading aid: clicks and hovers go to the enterprise points beneath.
    pickable: false,
    // Read by MapLibreOverlay in interleaved mode: draw beneath the base map's labels.
    beforeId: o.beforeId,
  });
}
