/**
 * How the map's layers look, shared by their builders (src/map/) and their legends (src/panels/),
 * so neither imports the other. Colour ramps for aggregate layers are purples and pinks on purpose:
 * nothing in them can be mistaken for the four-level enterprise palette (red, orange, yellow, blue).
 * The one exception is a change between two data dates (`divergingRamp`): worse in red, better in
 * blue-green, as a bulletin reads it; its legend always says it is a change.
 */
import { interpolateGnBu, interpolatePurples, interpolateRdPu, interpolateReds } from 'd3';

export type Rgb = [number, number, number];

function sample(interp: (t: number) => string, n: number, from: number, to: number): Rgb[] {
  return Array.from({ length: n }, (_, k) => {
    const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(interp(from + ((to - from) * k) / Math.max(1, n - 1)))!;
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  });
}

/** Area classes, light to dark (choropleths and hexagons). */
export function classRamp(classes: number): Rgb[] {
  return sample(interpolatePurples, classes, 0.2, 0.95);
}

/** The neutral middle class of a change (about the same as at the earlier data date): white, apart from the grey of no data. */
export const NEUTRAL_CHANGE: Rgb = [255, 255, 255];

/**
 * Classes of a change, better to worse (an odd number: the middle one is neutral): falls in
 * blue-greens, darkest first, then the neutral grey, then rises in reds, darkest last. Red against
 * blue-green reads for the usual colour-blind viewers too.
 */
export function divergingRamp(classes: number): Rgb[] {
  const side = Math.max(0, Math.floor((classes - 1) / 2));
  const one = side === 1;
  return [
    ...sample(interpolateGnBu, side, 0.9, one ? 0.9 : 0.45),
    NEUTRAL_CHANGE,
    ...sample(interpolateReds, side, one ? 0.7 : 0.35, 0.85),
  ];
}

/** Heatmap density ramp: its lightest colour is already strong enough to read on the light base map. */
export const HEAT_RAMP: Rgb[] = sample(interpolateRdPu, 6, 0.35, 1);

export const rgbCss = (c: Rgb, alpha = 1) => `rgba(${c[0]},${c[1]},${c[2]},${alpha})`;

/** Open-hazard rings: dark red around an enterprise with an open major hazard, purple for open general ones. */
export const HAZARD_RING_MAJOR: readonly [number, number, number] = [0x7f, 0x1d, 0x1d];
export const HAZARD_RING_GENERAL: readonly [number, number, number] = [0x86, 0x19, 0x8f];

/** Heatmap kernel radius in pixels for a zoom: about 2 km at district zoom, about 150 m at street zoom. */
export function heatRadiusPixels(zoom: number): number {
  return Math.round(Math.min(70, Math.max(18, 18 + (zoom - 10) * 9)));
}

/** Colour classes of the hexagons: the legend shows the same number of equal steps over the domain. */
export const HEX_CLASSES = 6;
