import { describe, expect, it } from 'vitest';
import { AT_CAP, DUE_SOON, NEVER, OVERDUE, STATE_BITS, THIS_YEAR } from '../../domain/supervision/index.ts';
import { buildInspectionLayer, markColors } from './build-inspection-layer.ts';
import {
  buildInspectionMarks,
  INSPECTION_MARKS,
  inspectionMarksFor,
  markOfCode,
  markZoomStyle,
  MARK_RADIUS,
} from './inspection-marks.ts';

/** The status code of a set of bits. */
const code = (bits: number) => {
  const c = STATE_BITS.indexOf(bits);
  if (c < 0) throw new Error(`no code for bits ${bits}`);
  return c;
};

describe('inspection marks', () => {
  // Row: 0 nothing, 1 overdue, 2 never, 3 due soon, 4 overdue and inspected this year, 5 never (filtered
  // out), 6 overdue without a position, 7 due soon and at the cap, 8 inspected this year only, 9 never.
  const state = Uint8Array.from([
    code(0),
    code(OVERDUE),
    code(NEVER),
    code(DUE_SOON),
    code(OVERDUE | THIS_YEAR),
    code(NEVER),
    code(OVERDUE),
    code(DUE_SOON | THIS_YEAR | AT_CAP),
    code(THIS_YEAR),
    code(NEVER),
  ]);
  const n = state.length;
  const lon = Float64Array.from({ length: n }, (_, i) => (i === 6 ? NaN : 120 + i));
  const lat = Float64Array.from({ length: n }, (_, i) => 30 + i);
  const mask = Uint8Array.from([1, 1, 1, 1, 1, 0, 1, 1, 1, 1]);
  const mark = (key: string) => INSPECTION_MARKS.findIndex((m) => m.key === key);

  it('gives each status code the mark of its status among the chosen ones', () => {
    const t = markOfCode(['overdue', 'never', 'dueSoon']);
    STATE_BITS.forEach((bits, c) => {
      const want = bits & OVERDUE ? 'overdue' : bits & NEVER ? 'never' : bits & DUE_SOON ? 'dueSoon' : null;
      expect(t[c], `code ${c}`).toBe(want ? mark(want) : 255);
    });
    const overdueOnly = markOfCode(['overdue']);
    expect(overdueOnly[code(NEVER)]).toBe(255);
    expect(overdueOnly[code(DUE_SOON)]).toBe(255);
    expect(overdueOnly[code(OVERDUE | THIS_YEAR | AT_CAP)]).toBe(mark('overdue'));
  });

  it('marks overdue and never-inspected rows that pass the filters and have a position, overdue on top', () => {
    const a = buildInspectionMarks(lon, lat, state, mask, ['overdue', 'never']);
    expect(a.length).toBe(4);
    expect(Array.from(a.rows)).toEqual([2, 9, 1, 4]);
    expect(Array.from(a.marks)).toEqual([mark('never'), mark('never'), mark('overdue'), mark('overdue')]);
    expect(Array.from(a.positions.slice(0, 4))).toEqual([122, 32, 129, 39]);
    expect(a.counts).toEqual([2, 2, 0]);
    // Without a mask every row counts: row 5 comes in.
    expect(Array.from(buildInspectionMarks(lon, lat, state, null, ['never']).rows)).toEqual([2, 5, 9]);
  });

  it('adds due within 30 days when chosen, drawn first (beneath the others)', () => {
    const a = buildInspectionMarks(lon, lat, state, mask, ['overdue', 'never', 'dueSoon']);
    expect(Array.from(a.rows)).toEqual([3, 7, 2, 9, 1, 4]);
    expect(a.counts).toEqual([2, 2, 2]);
    const soonOnly = buildInspectionMarks(lon, lat, state, mask, ['dueSoon']);
    expect(Array.from(soonOnly.rows)).toEqual([3, 7]);
    expect(soonOnly.counts).toEqual([0, 0, 2]);
  });

  it('marks nothing when no status is chosen or nothing passes the filters', () => {
    expect(buildInspectionMarks(lon, lat, state, mask, []).length).toBe(0);
    expect(buildInspectionMarks(lon, lat, state, new Uint8Array(n), ['overdue', 'never']).length).toBe(0);
  });

  it('has no status, and draws nothing, without an inspection ledger', () => {
    expect(inspectionMarksFor({ lon, lat }, mask, 1, ['overdue'])).toBeNull();
    expect(buildInspectionLayer({ lon, lat }, { enterpriseMask: mask, marks: ['overdue'], opacity: 1 })).toBeNull();
  });

  it('reuses the marks for the same inputs and takes them again when the state, mask or version changes', () => {
    const c = { lon, lat, inspectionState: state };
    const a = inspectionMarksFor(c, mask, 1, ['overdue', 'never']);
    expect(inspectionMarksFor(c, mask, 1, ['never', 'overdue'])).toBe(a);
    expect(inspectionMarksFor(c, mask, 2, ['overdue', 'never'])).not.toBe(a);
    // A settings edit gives a new state column (a new enterprises object): marks follow it.
    const edited = Uint8Array.from(state);
    edited[0] = code(OVERDUE);
    const b = inspectionMarksFor({ ...c, inspectionState: edited }, mask, 2, ['overdue', 'never']);
    expect(Array.from(b!.rows)).toEqual([2, 9, 0, 1, 4]);
  });

  it('builds a layer that is not pickable (clicks open the enterprise beneath), sized for the wall', () => {
    const c = { lon, lat, inspectionState: state };
    const layer = buildInspectionLayer(c, {
      enterpriseMask: mask,
      version: 3,
      marks: ['overdue', 'never'],
      opacity: 1,
      wall: true,
      radiusScale: 1.6,
      zoom: 14,
    })!;
    expect(layer.props.pickable).toBe(false);
    expect((layer.props.data as { length: number }).length).toBe(4);
    expect(layer.props.radiusScale).toBeCloseTo(1.6);
    // On the wall a mark is at least 30 px across its frame's radius: readable from metres away.
    expect(MARK_RADIUS * 1.6).toBeGreaterThanOrEqual(30);
    // Far out the marks shrink, but the square's frame (its outer edge at 0.63 of the radius) still
    // reaches past a large enterprise's point (9 px).
    expect(MARK_RADIUS * markZoomStyle(10).scale * 0.63).toBeGreaterThan(9);
  });

  it('colours each mark by its own colour, on the light map and on the wall', () => {
    const a = buildInspectionMarks(lon, lat, state, mask, ['overdue', 'never']);
    const light = markColors(a, false);
    const wall = markColors(a, true);
    expect(Array.from(light.slice(0, 4))).toEqual([...INSPECTION_MARKS[mark('never')].light, 255]);
    expect(Array.from(light.slice(8, 12))).toEqual([...INSPECTION_MARKS[mark('overdue')].light, 255]);
    expect(Array.from(wall.slice(8, 12))).toEqual([...INSPECTION_MARKS[mark('overdue')].wall, 255]);
    // Three marks, three shapes, three colours.
    expect(new Set(INSPECTION_MARKS.map((m) => m.shape)).size).toBe(3);
    expect(new Set(INSPECTION_MARKS.map((m) => m.light.join())).size).toBe(3);
    expect(new Set(INSPECTION_MARKS.map((m) => m.wall.join())).size).toBe(3);
  });
});
