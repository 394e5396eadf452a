/**
 * Enterprise points as a deck.gl ScatterplotLayer fed with binary attributes (no per-row accessor
 * calls, so a million points build in milliseconds), each level in its own shape
 * (level-shape-extension.ts). Rows are drawn in an order that puts the highest risk on top: blue
 * first, red last; `order[k]` is the dataset row drawn k-th.
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { LayerExtension } from '@deck.gl/core';
import type { EnterpriseColumns } from '../../data/columns.ts';
import { LEVELS } from '../../domain/levels.ts';
import { LevelShapeExtension, SHAPE_RADIUS_FACTOR } from './level-shape-extension.ts';

export interface EnterpriseAttributes {
  length: number;
  /** Draw position k -> dataset row. */
  order: Uint32Array;
  /** Interleaved lon, lat in draw order. */
  positions: Float64Array;
  /** RGBA per point in draw order. */
  colors: Uint8Array;
  /** Radius in pixels per point in draw order. */
  radii: Float32Array;
  /** Shape per point in draw order: the level code (0 ▲, 1 ◆, 2 ●, 3 ■). */
  shapes: Float32Array;
}

export interface EnterpriseLayerProps {
  /** Point radius by scale code (unknown, large, medium, small, micro), pixels. Default [4, 9, 7, 5, 4]. */
  radiusByScale?: readonly number[];
  /** RGB per level code. Default: the LEVELS palette. */
  palette?: readonly (readonly [number, number, number])[];
}

const DEFAULT_RADII = [4, 9, 7, 5, 4];

export function buildEnterpriseAttributes(
  c: EnterpriseColumns,
  props: EnterpriseLayerProps = {},
): EnterpriseAttributes {
  const n = c.length;
  const radiusByScale = props.radiusByScale ?? DEFAULT_RADII;
  const palette = props.palette ?? LEVELS.map((l) => l.color);
  // Counting sort by level, lowest risk (highest code) first.
  const start = new Uint32Array(LEVELS.length + 1);
  for (let i = 0; i < n; i++) start[LEVELS.length - 1 - c.level[i] + 1]++;
  for (let k = 1; k <= LEVELS.length; k++) start[k] += start[k - 1];
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[start[LEVELS.length - 1 - c.level[i]]++] = i;
  // Per-level and per-(scale, level) tables, and each colour as one 32-bit word: the loop below runs
  // over every point again after each what-if rescore, so it does table reads and one store per array.
  const L = LEVELS.length;
  const rgba = new Uint8Array(4 * L);
  for (let l = 0; l < L; l++) rgba.set([palette[l][0], palette[l][1], palette[l][2], 235], 4 * l);
  const colorWord = new Uint32Array(rgba.buffer);
  const S = radiusByScale.length;
  const radiusOf = new Float32Array(S * L);
  for (let k = 0; k < S; k++)
    for (let l = 0; l < L; l++) radiusOf[k * L + l] = radiusByScale[k] * SHAPE_RADIUS_FACTOR[l];
  const positions = new Float64Array(n * 2);
  const colors = new Uint8Array(n * 4);
  const words = new Uint32Array(colors.buffer);
  const radii = new Float32Array(n);
  const shapes = new Float32Array(n);
  const { lon, lat, level, scale } = c;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const l = level[i],
      sc = scale[i];
    positions[2 * k] = lon[i];
    positions[2 * k + 1] = lat[i];
    words[k] = colorWord[l];
    radii[k] = radiusOf[(sc < S ? sc : 0) * L + l];
    shapes[k] = l;
  }
  return { length: n, order, positions, colors, radii, shapes };
}

export interface EnterpriseLayerOptions {
  id?: string;
  outline: [number, number, number, number];
  /** Extra radius multiplier (presentation mode scales points up). */
  radiusScale?: number;
  opacity?: number;
  beforeId?: string;
  /** 1 = shown, 0 = filtered out, per point in draw order (see visibilityInDrawOrder); null = all shown. */
  visible?: Uint8Array | null;
  /** Hover and click (default true); false for points whose rows are not the dataset's (the swipe's earlier data date). */
  pickable?: boolean;
  /** Extensions after the level shape and the filter (the swipe's clip), with their props. */
  extensions?: readonly LayerExtension[];
  extensionProps?: Readonly<Record<string, unknown>>;
}

/**
 * The filter engine's row mask as a per-point attribute in draw order. DataFilterExtension then hides
 * filtered-out points on the GPU; the engine's mask (rather than the extension's own categories) is
 * used because it covers every dimension at once: ten of them, text search included, where the
 * extension takes at most four categories. Bytes rather than floats: a quarter of the memory and the
 * upload, and half the time of this loop, which runs on every filter change (the GPU reads an
 * unnormalised byte as 0.0 or 1.0, which the filter range compares).
 */
export function visibilityInDrawOrder(order: Uint32Array, mask: Uint8Array): Uint8Array {
  const out = new Uint8Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = mask[order[k]];
  return out;
}

const filterExtension = new DataFilterExtension({ filterSize: 1 });
const shapeExtension = new LevelShapeExtension();

type PointAttributes = Record<
  string,
  { value: Float64Array | Float32Array | Uint8Array; size: number; normalized?: boolean }
>;
type PointData = { length: number; attributes: PointAttributes };

/**
 * The layer's data, the same objects while the attributes and the visibility are: deck.gl compares
 * them by identity, so a layer built again with the same points (a swipe's divider moved, another
 * kind rebuilt) uploads nothing, and a filter change uploads only the visibility.
 */
const dataOf = new WeakMap<
  EnterpriseAttributes,
  { fixed: PointAttributes; visible: Uint8Array | null; data: PointData }
>();

function pointData(a: EnterpriseAttributes, visible: Uint8Array | null): PointData {
  const hit = dataOf.get(a);
  if (hit?.visible === visible) return hit.data;
  const fixed = hit?.fixed ?? {
    getPosition: { value: a.positions, size: 2 },
    getFillColor: { value: a.colors, size: 4, normalized: true },
    getRadius: { value: a.radii, size: 1 },
    getShape: { value: a.shapes, size: 1 },
  };
  const data = {
    length: a.length,
    attributes: visible ? { ...fixed, getFilterValue: { value: visible, size: 1 } } : fixed,
  };
  dataOf.set(a, { fixed, visible, data });
  return data;
}

export function buildEnterpriseLayer(a: EnterpriseAttributes, o: EnterpriseLayerOptions): ScatterplotLayer {
  const own = o.visible ? [shapeExtension, filterExtension] : [shapeExtension];
  return new ScatterplotLayer({
    ...o.extensionProps,
    id: o.id ?? 'enterprises',
    data: pointData(a, o.visible ?? null),
    extensions: o.extensions ? [...own, ...o.extensions] : own,
    filterRange: [0.5, 1],
    radiusUnits: 'pixels',
    opacity: o.opacity ?? 1,
    radiusScale: o.radiusScale ?? 1,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    getLineColor: o.outline,
    pickable: o.pickable ?? true,
    autoHighlight: o.pickable ?? true,
    highlightColor: [15, 23, 42, 200],
    // Read by MapLibreOverlay in interleaved mode: draw beneath the base map's labels.
    beforeId: o.beforeId,
  });
}
