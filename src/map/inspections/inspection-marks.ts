/**
 * Which enterprises the inspection-status layer marks, and with which mark: for the enterprises that
 * pass the map's filters, overdue ones (逾期未检) get a thick square frame, never-inspected ones
 * (从未检查) a diamond frame, and, when chosen, those due within 30 days (30天内到期) a dashed circle.
 * Each mark has its own shape and colour, so it reads without colour (a projector, a colour-blind
 * reader), and none is a circle drawn solid, so it is not taken for an open-hazard ring.
 *
 * Pure and without deck.gl: the layer's builder (build-inspection-layer.ts, loaded lazily) and the
 * legend (in the first chunk, for its counts) both read it. One pass over typed arrays counts, one
 * fills: no object per enterprise, a few milliseconds at 1,000,000 enterprises. The status bits are
 * STATE_BITS of src/domain/supervision; an enterprise has at most one of the three (never inspected
 * has nothing due; overdue and due soon exclude each other).
 */
import { DUE_SOON, INSPECTION_BITS, NEVER, OVERDUE, STATE_BITS } from '../../domain/supervision/index.ts';
import type { Text } from '../../domain/text.ts';

export type MarkKey = 'overdue' | 'never' | 'dueSoon';
export type MarkShape = 'square' | 'diamond' | 'dashedCircle';
type Rgb = readonly [number, number, number];

export interface InspectionMark {
  key: MarkKey;
  /** The status bit it marks. */
  bit: number;
  /** The status's name (INSPECTION_BITS), shown in the legend and the settings. */
  name: Text;
  shape: MarkShape;
  /** Stroke colour on the light map and on the wall's dark one. */
  light: Rgb;
  wall: Rgb;
}

const nameOf = (key: MarkKey): Text => INSPECTION_BITS.find((b) => b.key === key)!;

/**
 * The marks, in the legend's order; the index is the mark's code (the shader's shape). Colours keep
 * clear of the four level colours (red, orange, yellow, blue) and of the hazard rings (dark red,
 * purple): overdue in the map's ink (near black; white on the wall), never inspected in green, due
 * soon in grey.
 */
export const INSPECTION_MARKS: readonly InspectionMark[] = [
  {
    key: 'overdue',
    bit: OVERDUE,
    name: nameOf('overdue'),
    shape: 'square',
    light: [15, 23, 42],
    wall: [248, 250, 252],
  },
  { key: 'never', bit: NEVER, name: nameOf('never'), shape: 'diamond', light: [4, 120, 87], wall: [52, 211, 153] },
  {
    key: 'dueSoon',
    bit: DUE_SOON,
    name: nameOf('dueSoon'),
    shape: 'dashedCircle',
    light: [71, 85, 105],
    wall: [203, 213, 225],
  },
];

/** The thin border on both sides of a mark's stroke, so it reads over points and any base map. */
export const MARK_CASING: {
  light: readonly [number, number, number, number];
  wall: readonly [number, number, number, number];
} = {
  light: [255, 255, 255, 230],
  wall: [2, 6, 23, 230],
};

/** The marks drawn by default: overdue and never inspected. */
export const DEFAULT_MARKS: readonly MarkKey[] = ['overdue', 'never'];

export const isMarkKey = (v: string): v is MarkKey => INSPECTION_MARKS.some((m) => m.key === v);

/** Mark codes drawn first to last: due soon at the bottom, overdue on top. */
const DRAW_ORDER = [2, 1, 0];
const NONE = 255;

/** Per status code (STATE_BITS), the code of its mark among the chosen ones, or 255. */
export function markOfCode(chosen: readonly MarkKey[]): Uint8Array {
  const out = new Uint8Array(256).fill(NONE);
  STATE_BITS.forEach((bits, code) => {
    const m = INSPECTION_MARKS.findIndex((k) => chosen.includes(k.key) && (bits & k.bit) !== 0);
    if (m >= 0) out[code] = m;
  });
  return out;
}

export interface InspectionMarkAttributes {
  length: number;
  /** Draw position -> enterprise row. */
  rows: Uint32Array;
  /** Mark code (INSPECTION_MARKS index) per draw position. */
  marks: Uint8Array;
  /** Interleaved lon, lat per draw position. */
  positions: Float64Array;
  /** Marked enterprises per mark, in INSPECTION_MARKS order. */
  counts: number[];
}

/**
 * The marks of the chosen statuses for the rows that pass `mask` (null: every row) and have a
 * position, due soon first and overdue last (on top), each in row order.
 */
export function buildInspectionMarks(
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  state: Uint8Array,
  mask: Uint8Array | null,
  chosen: readonly MarkKey[],
): InspectionMarkAttributes {
  const table = markOfCode(chosen);
  const n = state.length;
  const counts = INSPECTION_MARKS.map(() => 0);
  for (let i = 0; i < n; i++) {
    const m = table[state[i]];
    if (m === NONE || (mask !== null && mask[i] !== 1)) continue;
    if (Number.isFinite(lon[i]) && Number.isFinite(lat[i])) counts[m]++;
  }
  const start = INSPECTION_MARKS.map(() => 0);
  let total = 0;
  for (const m of DRAW_ORDER) {
    start[m] = total;
    total += counts[m];
  }
  const a: InspectionMarkAttributes = {
    length: total,
    rows: new Uint32Array(total),
    marks: new Uint8Array(total),
    positions: new Float64Array(2 * total),
    counts,
  };
  if (total === 0) return a;
  for (let i = 0; i < n; i++) {
    const m = table[state[i]];
    if (m === NONE || (mask !== null && mask[i] !== 1)) continue;
    const x = lon[i],
      y = lat[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const k = start[m]++;
    a.rows[k] = i;
    a.marks[k] = m;
    a.positions[2 * k] = x;
    a.positions[2 * k + 1] = y;
  }
  return a;
}

let cache: {
  state: Uint8Array;
  lon: ArrayLike<number>;
  mask: Uint8Array | null;
  version: number | undefined;
  chosen: string;
  marks: InspectionMarkAttributes;
} | null = null;

/**
 * The marks for the columns, mask and chosen statuses, reusing the last result when they are the
 * same (the layer and its legend ask for the same); null while there is no inspection status (no
 * ledger, or not computed yet). `version` is the filter result's (the mask may be refilled in place).
 */
export function inspectionMarksFor(
  c: { lon: ArrayLike<number>; lat: ArrayLike<number>; inspectionState?: Uint8Array },
  mask: Uint8Array | null,
  version: number | undefined,
  chosen: readonly MarkKey[],
): InspectionMarkAttributes | null {
  const state = c.inspectionState;
  if (!state) return null;
  const key = INSPECTION_MARKS.filter((m) => chosen.includes(m.key))
    .map((m) => m.key)
    .join();
  if (
    !cache ||
    cache.state !== state ||
    cache.lon !== c.lon ||
    cache.mask !== mask ||
    cache.version !== version ||
    cache.chosen !== key
  ) {
    cache = {
      state,
      lon: c.lon,
      mask,
      version,
      chosen: key,
      marks: buildInspectionMarks(c.lon, c.lat, state, mask, chosen),
    };
  }
  return cache.marks;
}

/** The marks' radius in pixels on the light map at street zoom: the square's frame clears a large enterprise's point. */
export const MARK_RADIUS = 20;

/** Size and opacity factors at a zoom: full from 13 up, smaller and fainter at district zoom (like the hazard rings). */
export function markZoomStyle(zoom: number | undefined): { scale: number; fade: number } {
  if (zoom === undefined || zoom >= 13) return { scale: 1, fade: 1 };
  if (zoom >= 11.5) return { scale: 0.85, fade: 0.9 };
  return { scale: 0.75, fade: 0.8 };
}
