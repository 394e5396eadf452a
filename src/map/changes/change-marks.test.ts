import { describe, expect, it } from 'vitest';
import { changeCode, KIND_DOWN, KIND_NEW, KIND_SAME, KIND_UP } from '../../domain/compare/change-codes.ts';
import { buildChangeLayer, changeColors } from './build-change-layer.ts';
import {
  buildChangeMarks,
  CHANGE_MARK_RADIUS,
  CHANGE_MARKS,
  changeMarksFor,
  changeZoomStyle,
  MARK_DOWN,
  MARK_GONE,
  MARK_NEW,
  MARK_UP,
} from './change-marks.ts';

describe('change marks', () => {
  // Row: 0 unchanged, 1 up, 2 new, 3 down, 4 up with a major hazard found, 5 new (filtered out),
  // 6 up without a position, 7 down with a hazard closed, 8 new with a hazard closed, 9 up with both.
  const changeState = Uint8Array.from([
    changeCode(KIND_SAME, false, false),
    changeCode(KIND_UP, false, false),
    changeCode(KIND_NEW, false, false),
    changeCode(KIND_DOWN, false, false),
    changeCode(KIND_UP, true, false),
    changeCode(KIND_NEW, false, false),
    changeCode(KIND_UP, false, false),
    changeCode(KIND_DOWN, false, true),
    changeCode(KIND_NEW, false, true),
    changeCode(KIND_UP, true, true),
  ]);
  const n = changeState.length;
  const cur = {
    lon: Float64Array.from({ length: n }, (_, i) => (i === 6 ? NaN : 120 + i)),
    lat: Float64Array.from({ length: n }, (_, i) => 30 + i),
  };
  const mask = Uint8Array.from([1, 1, 1, 1, 1, 0, 1, 1, 1, 1]);
  // The earlier snapshot: four enterprises, rows 0, 1 and 3 gone since, row 1 never placed.
  const earlier = {
    lon: Float64Array.from([110, NaN, 112, 113]),
    lat: Float64Array.from([20, 21, 22, 23]),
    gone: Int32Array.from([0, 1, 3]),
  };
  const none = { down: false, gone: false };

  it('marks level up and new of the rows passing the filters with a position, up on top', () => {
    const a = buildChangeMarks(cur, changeState, mask, earlier, none);
    expect(Array.from(a.rows)).toEqual([2, 8, 1, 4, 9]);
    expect(Array.from(a.marks)).toEqual([MARK_NEW, MARK_NEW, MARK_UP, MARK_UP, MARK_UP]);
    expect(Array.from(a.positions.slice(0, 4))).toEqual([122, 32, 128, 38]);
    expect(a.counts).toEqual([3, 2, 0, 0]);
    expect(a.goneCount).toBe(0);
    // Without a mask every row counts: row 5 (new) comes in.
    expect(Array.from(buildChangeMarks(cur, changeState, null, earlier, none).rows)).toEqual([2, 5, 8, 1, 4, 9]);
  });

  it('adds level down when chosen, beneath new and up', () => {
    const a = buildChangeMarks(cur, changeState, mask, earlier, { down: true, gone: false });
    expect(Array.from(a.rows)).toEqual([3, 7, 2, 8, 1, 4, 9]);
    expect(a.counts).toEqual([3, 2, 2, 0]);
  });

  it('adds the gone enterprises where they were when chosen, whatever the filters, at the bottom', () => {
    const a = buildChangeMarks(cur, changeState, mask, earlier, { down: false, gone: true });
    expect(a.goneCount).toBe(2);
    expect(Array.from(a.rows)).toEqual([0, 3, 2, 8, 1, 4, 9]);
    expect(Array.from(a.marks.slice(0, 2))).toEqual([MARK_GONE, MARK_GONE]);
    expect(Array.from(a.positions.slice(0, 4))).toEqual([110, 20, 113, 23]);
    expect(a.counts).toEqual([3, 2, 0, 2]);
    // Nothing passes the filters: the gone ones still show.
    const empty = buildChangeMarks(cur, changeState, new Uint8Array(n), earlier, { down: true, gone: true });
    expect(Array.from(empty.rows)).toEqual([0, 3]);
    expect(empty.counts).toEqual([0, 0, 0, 2]);
  });

  it('has nothing to mark without a comparison, and reuses the marks for the same inputs', () => {
    expect(changeMarksFor({ cur, earlier }, mask, 1, none)).toBeNull();
    expect(changeMarksFor({ cur: { ...cur, changeState }, earlier: null }, mask, 1, none)).toBeNull();
    const x = { cur: { ...cur, changeState }, earlier };
    const a = changeMarksFor(x, mask, 1, none);
    expect(changeMarksFor(x, mask, 1, { ...none })).toBe(a);
    expect(changeMarksFor(x, mask, 2, none)).not.toBe(a);
    const b = changeMarksFor(x, mask, 2, { down: true, gone: false });
    expect(b!.counts).toEqual([3, 2, 2, 0]);
    // A rescore gives new change codes (a new column): the marks follow them.
    const rescored = Uint8Array.from(changeState);
    rescored[0] = changeCode(KIND_UP, false, false);
    expect(Array.from(changeMarksFor({ ...x, cur: { ...cur, changeState: rescored } }, mask, 2, none)!.rows)).toEqual([
      2, 8, 0, 1, 4, 9,
    ]);
  });

  it('builds a layer that is not pickable and keeps up upright, sized for the wall', () => {
    const x = { cur: { ...cur, changeState }, earlier };
    expect(buildChangeLayer({ cur, earlier: null }, { ...none, enterpriseMask: mask, opacity: 1 })).toBeNull();
    const layer = buildChangeLayer(x, {
      down: true,
      gone: true,
      enterpriseMask: mask,
      version: 7,
      opacity: 1,
      wall: true,
      radiusScale: 1.6,
      zoom: 14,
    })!;
    expect(layer.props.pickable).toBe(false);
    expect(layer.props.billboard).toBe(true);
    expect((layer.props.data as { length: number }).length).toBe(9);
    expect(layer.props.radiusScale).toBeCloseTo(1.6);
    // The up arrow's foot (0.34 of the radius above the centre) clears a large enterprise's point
    // (9 px) at street zoom, and at district zoom still most of it.
    expect(CHANGE_MARK_RADIUS * 0.34).toBeGreaterThan(9);
    expect(CHANGE_MARK_RADIUS * changeZoomStyle(10).scale * 0.34).toBeGreaterThan(6);
  });

  it('colours each mark by its own colour, on the light map and on the wall', () => {
    const a = buildChangeMarks(cur, changeState, mask, earlier, { down: true, gone: true });
    const light = changeColors(a, false);
    const wall = changeColors(a, true);
    expect(Array.from(light.slice(0, 4))).toEqual([...CHANGE_MARKS[MARK_GONE].light, 255]);
    expect(Array.from(light.slice(8, 12))).toEqual([...CHANGE_MARKS[MARK_DOWN].light, 255]);
    expect(Array.from(wall.slice(16, 20))).toEqual([...CHANGE_MARKS[MARK_NEW].wall, 255]);
    expect(Array.from(wall.slice(32, 36))).toEqual([...CHANGE_MARKS[MARK_UP].wall, 255]);
    // Four marks, four shapes, four colours on each map.
    expect(new Set(CHANGE_MARKS.map((m) => m.shape)).size).toBe(4);
    expect(new Set(CHANGE_MARKS.map((m) => m.light.join())).size).toBe(4);
    expect(new Set(CHANGE_MARKS.map((m) => m.wall.join())).size).toBe(4);
  });
});
