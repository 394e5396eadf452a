/**
 * Which enterprises the changes layer marks, and with which mark, while a comparison with an earlier
 * data date is open: of the enterprises that pass the map's filters, those whose level went up
 * (等级上升) get an arrow pointing up above their point, new ones (新增) a plus at their upper
 * right, and, when chosen, those whose level went down (等级下降) an arrow pointing down beneath
 * their point. The earlier snapshot's enterprises with no current match (移出) get, when
 * chosen, a grey cross where they were then: they are not rows of the current snapshot, so no filter
 * applies to them and all of them show.
 *
 * The marks sit beside the point rather than around it, filled and cased, so they read at a glance
 * and cannot be taken for an inspection mark (a square frame, a diamond frame, a dashed circle), a
 * hazard ring or a point's own shape (重大 is a triangle: up is an arrow, not a triangle); the point
 * itself stays visible and clickable beneath.
 *
 * Pure and without deck.gl: the layer's builder (build-change-layer.ts, loaded lazily) and the legend
 * (for its counts) both read it. One pass over typed arrays counts, one fills.
 */
import { CHANGE_BITS, GONE, KIND_DOWN, KIND_NEW, KIND_UP, kindOfCode } from '../../domain/compare/change-codes.ts';
import type { Text } from '../../domain/text.ts';

export type ChangeMarkKey = 'up' | 'new' | 'down' | 'gone';
export type ChangeMarkShape = 'arrowUp' | 'plus' | 'arrowDown' | 'cross';
type Rgb = readonly [number, number, number];

export interface ChangeMark {
  key: ChangeMarkKey;
  /** Shown in the legend and the settings. */
  name: Text;
  shape: ChangeMarkShape;
  /** Fill colour on the light map and on the wall's dark one. */
  light: Rgb;
  wall: Rgb;
}

const bitName = (key: 'new' | 'up' | 'down'): Text => CHANGE_BITS.find((b) => b.key === key)!;

/**
 * The marks, in the legend's order; the index is the mark's code (the shader's shape). Colours keep
 * clear of the four level colours (red, orange, yellow, blue), of the hazard rings (dark red, purple)
 * and of the inspection marks (ink, green, grey): up in deep pink, new in cyan, down in teal-blue,
 * gone in grey (nothing else is drawn where a gone enterprise was).
 */
export const CHANGE_MARKS: readonly ChangeMark[] = [
  { key: 'up', name: bitName('up'), shape: 'arrowUp', light: [190, 24, 93], wall: [244, 114, 182] },
  { key: 'new', name: bitName('new'), shape: 'plus', light: [14, 116, 144], wall: [103, 232, 249] },
  { key: 'down', name: bitName('down'), shape: 'arrowDown', light: [30, 64, 175], wall: [147, 197, 253] },
  { key: 'gone', name: GONE, shape: 'cross', light: [71, 85, 105], wall: [203, 213, 225] },
];

export const MARK_UP = 0,
  MARK_NEW = 1,
  MARK_DOWN = 2,
  MARK_GONE = 3;

/** The casing round each mark, so it reads over points and any base map. */
export const CHANGE_CASING: {
  light: readonly [number, number, number, number];
  wall: readonly [number, number, number, number];
} = {
  light: [255, 255, 255, 235],
  wall: [2, 6, 23, 235],
};

/** Which of the optional marks show (up and new always do). */
export interface ChangeMarkChoice {
  down: boolean;
  gone: boolean;
}

/** Mark codes drawn first to last: gone at the bottom, then down, new, and up on top. */
const DRAW_ORDER = [MARK_GONE, MARK_DOWN, MARK_NEW, MARK_UP];
const NONE = 255;

/** Per kind of change (KIND_* of change-codes.ts), its mark code, or 255. */
function markOfKind(choice: ChangeMarkChoice): Uint8Array {
  const t = new Uint8Array(4).fill(NONE);
  t[KIND_UP] = MARK_UP;
  t[KIND_NEW] = MARK_NEW;
  if (choice.down) t[KIND_DOWN] = MARK_DOWN;
  return t;
}

export interface ChangeMarkAttributes {
  length: number;
  /**
   * Draw position -> row: of the earlier snapshot for the first `goneCount` positions (the gone
   * ones, drawn first), of the current one for the rest.
   */
  rows: Uint32Array;
  goneCount: number;
  /** Mark code (CHANGE_MARKS index) per draw position. */
  marks: Uint8Array;
  /** Interleaved lon, lat per draw position. */
  positions: Float64Array;
  /** Marks per mark code, in CHANGE_MARKS order (0 for a mark not chosen). */
  counts: number[];
}

interface Points {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
}

const placed = (p: Points, i: number) => Number.isFinite(p.lon[i]) && Number.isFinite(p.lat[i]);

/**
 * The marks of the current enterprises that pass `mask` (null: every row) and have a position, from
 * their change codes; and, when chosen, of the gone enterprises (`gone`: rows of `earlier`) at their
 * earlier position, whatever the filters. Gone first, then down, new and up (on top), each in row order.
 */
export function buildChangeMarks(
  cur: Points,
  changeState: Uint8Array,
  mask: Uint8Array | null,
  earlier: (Points & { gone: Int32Array }) | null,
  choice: ChangeMarkChoice,
): ChangeMarkAttributes {
  const table = markOfKind(choice);
  const n = changeState.length;
  const counts = CHANGE_MARKS.map(() => 0);
  for (let i = 0; i < n; i++) {
    const m = table[kindOfCode(changeState[i])];
    if (m === NONE || (mask !== null && mask[i] !== 1)) continue;
    if (placed(cur, i)) counts[m]++;
  }
  const gone = choice.gone && earlier ? earlier.gone : new Int32Array(0);
  for (let j = 0; j < gone.length; j++) if (placed(earlier!, gone[j])) counts[MARK_GONE]++;
  const start = CHANGE_MARKS.map(() => 0);
  let total = 0;
  for (const m of DRAW_ORDER) {
    start[m] = total;
    total += counts[m];
  }
  const a: ChangeMarkAttributes = {
    length: total,
    rows: new Uint32Array(total),
    goneCount: counts[MARK_GONE],
    marks: new Uint8Array(total),
    positions: new Float64Array(2 * total),
    counts,
  };
  const put = (m: number, row: number, x: number, y: number) => {
    const k = start[m]++;
    a.rows[k] = row;
    a.marks[k] = m;
    a.positions[2 * k] = x;
    a.positions[2 * k + 1] = y;
  };
  for (let j = 0; j < gone.length; j++) {
    const p = gone[j];
    if (placed(earlier!, p)) put(MARK_GONE, p, earlier!.lon[p], earlier!.lat[p]);
  }
  for (let i = 0; i < n; i++) {
    const m = table[kindOfCode(changeState[i])];
    if (m === NONE || (mask !== null && mask[i] !== 1) || !placed(cur, i)) continue;
    put(m, i, cur.lon[i], cur.lat[i]);
  }
  return a;
}

/** What the marks are taken from: the current columns (with the change codes) and the open comparison. */
export interface ChangeSources {
  cur: Points & { changeState?: Uint8Array };
  /** The earlier snapshot's positions and the diff's gone rows, or null: no comparison. */
  earlier: (Points & { gone: Int32Array }) | null;
}

let cache: {
  state: Uint8Array;
  lon: ArrayLike<number>;
  earlierLon: ArrayLike<number> | null;
  gone: Int32Array | null;
  mask: Uint8Array | null;
  version: number | undefined;
  choice: string;
  marks: ChangeMarkAttributes;
} | null = null;

/**
 * The marks for the columns, comparison, mask and choice, reusing the last result when they are the
 * same (the layer and its legend ask for the same); null while there are no change codes (no
 * comparison, or not computed yet). `version` is the filter result's (the mask may be refilled in place).
 */
export function changeMarksFor(
  x: ChangeSources,
  mask: Uint8Array | null,
  version: number | undefined,
  choice: ChangeMarkChoice,
): ChangeMarkAttributes | null {
  const state = x.cur.changeState;
  if (!state || !x.earlier) return null;
  const key = `${choice.down},${choice.gone}`;
  if (
    !cache ||
    cache.state !== state ||
    cache.lon !== x.cur.lon ||
    cache.earlierLon !== x.earlier.lon ||
    cache.gone !== x.earlier.gone ||
    cache.mask !== mask ||
    cache.version !== version ||
    cache.choice !== key
  ) {
    cache = {
      state,
      lon: x.cur.lon,
      earlierLon: x.earlier.lon,
      gone: x.earlier.gone,
      mask,
      version,
      choice: key,
      marks: buildChangeMarks(x.cur, state, mask, x.earlier, choice),
    };
  }
  return cache.marks;
}

/**
 * The marks' disc radius in pixels on the light map at street zoom: the up arrow above the point (its
 * foot 0.34 of it, 9.5 px, above the centre, clear of a large enterprise's 9 px point) is 17 px wide.
 */
export const CHANGE_MARK_RADIUS = 28;

/** Size and opacity factors at a zoom: full from 13 up, smaller and a little fainter at district zoom. */
export function changeZoomStyle(zoom: number | undefined): { scale: number; fade: number } {
  if (zoom === undefined || zoom >= 13) return { scale: 1, fade: 1 };
  if (zoom >= 11.5) return { scale: 0.85, fade: 0.95 };
  return { scale: 0.72, fade: 0.9 };
}
