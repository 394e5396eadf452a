/**
 * Colour ramps for aggregate layers. They are purples and pinks on purpose: nothing in them can be
 * mistaken for the four-level enterprise palette (red, orange, yellow, blue).
 */
import { interpolatePurples, interpolateRdPu } from 'd3';

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

/** Heatmap density ramp: its lightest colour is already strong enough to read on the light base map. */
export const HEAT_RAMP: Rgb[] = sample(interpolateRdPu, 6, 0.35, 1);

export const rgbCss = (c: Rgb, alpha = 1) => `rgba(${c[0]},${c[1]},${c[2]},${alpha})`;
