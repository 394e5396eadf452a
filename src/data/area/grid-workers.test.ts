import { describe, expect, it } from 'vitest';
import { gridWorkerFigures, gridWorkerGroups, NO_GRID_WORKER, sortGridWorkers } from './grid-workers.ts';

/**
 * Five grid cells: 王五 looks after cells 0 and 3, 李四 after cell 1, cells 2 and 4 have no grid worker
 * (one empty, one blank); a name with spaces around it is the same person.
 */
const GRIDS = [
  { gridWorker: '王五' },
  { gridWorker: '李四' },
  { gridWorker: '' },
  { gridWorker: ' 王五 ' },
  { gridWorker: '  ' },
];

/** The cells' figures over the selection, by hand: enterprises, open and overdue hazards per cell. */
const gridMetrics = {
  enterprises: Uint32Array.from([3, 2, 1, 4, 0]),
  openHazards: Uint32Array.from([5, 1, 2, 7, 0]),
  overdueHazards: Uint32Array.from([1, 0, 2, 3, 0]),
};
/** Eight enterprises and their cells (7 is in no cell). */
const enterpriseGrid = Int16Array.from([0, 0, 1, 2, 3, 3, 4, -1]);
const WEEK_START = 100,
  AS_OF = 106;
/** Hazards: enterprise and found day. */
const HAZARDS: [number, number][] = [
  [0, 100], // 王五 (cell 0), this week (Monday)
  [1, 106], // 王五 (cell 0), this week (the data date)
  [4, 103], // 王五 (cell 3), this week
  [5, 99], // 王五, the Sunday before: not this week
  [2, 104], // 李四, this week
  [3, 105], // no worker (cell 2), this week
  [7, 105], // no cell: nobody's
  [4, 107], // after the data date: not counted
];
const hazards = {
  length: HAZARDS.length,
  enterprise: Int32Array.from(HAZARDS, ([e]) => e),
  found: Int32Array.from(HAZARDS, ([, d]) => d),
};

describe('gridWorkerGroups', () => {
  it('groups the cells by worker, in first-appearance order, the cells without one last', () => {
    expect(gridWorkerGroups(GRIDS)).toEqual([
      { name: '王五', grids: [0, 3] },
      { name: '李四', grids: [1] },
      { name: NO_GRID_WORKER, grids: [2, 4] },
    ]);
  });
  it('has no unassigned group when every cell has a worker, and nothing for no cells', () => {
    expect(gridWorkerGroups([{ gridWorker: '甲' }, { gridWorker: '甲' }])).toEqual([{ name: '甲', grids: [0, 1] }]);
    expect(gridWorkerGroups([])).toEqual([]);
  });
});

describe('gridWorkerFigures', () => {
  const groups = gridWorkerGroups(GRIDS);
  const base = { groups, gridMetrics, enterpriseGrid, weekStart: WEEK_START, asOf: AS_OF };

  it("sums a worker's cells and counts the hazards found this week at their enterprises", () => {
    const rows = gridWorkerFigures({ ...base, mask: null, hazards });
    expect(rows.map((r) => [r.group.name, r.enterprises, r.openHazards, r.overdueHazards, r.foundThisWeek])).toEqual([
      ['王五', 3 + 4, 5 + 7, 1 + 3, 3],
      ['李四', 2, 1, 0, 1],
      [NO_GRID_WORKER, 1 + 0, 2 + 0, 2 + 0, 1],
    ]);
  });

  it('counts only the selected enterprises’ hazards this week', () => {
    // Enterprises 1 and 2 left out: 王五 loses the hazard found on 106, 李四 its only one.
    const mask = Uint8Array.from([1, 0, 0, 1, 1, 1, 1, 1]);
    const rows = gridWorkerFigures({ ...base, mask, hazards });
    expect(rows.map((r) => r.foundThisWeek)).toEqual([2, 0, 1]);
  });

  it('says "no data" for this week while the ledger is not here, and has the rest', () => {
    const rows = gridWorkerFigures({ ...base, mask: null, hazards: null });
    expect(rows.map((r) => r.foundThisWeek)).toEqual([NaN, NaN, NaN]);
    expect(rows[0].enterprises).toBe(7);
  });
});

describe('sortGridWorkers', () => {
  const rows = gridWorkerFigures({
    groups: gridWorkerGroups([...GRIDS, { gridWorker: '张三' }]),
    gridMetrics: {
      enterprises: Uint32Array.from([3, 2, 1, 4, 0, 2]),
      openHazards: Uint32Array.from([5, 1, 2, 7, 0, 1]),
      overdueHazards: Uint32Array.from([1, 0, 2, 3, 0, 0]),
    },
    enterpriseGrid,
    mask: null,
    hazards: null,
    weekStart: WEEK_START,
    asOf: AS_OF,
  });
  const names = (key: Parameters<typeof sortGridWorkers>[1], dir: 'asc' | 'desc') =>
    sortGridWorkers(rows, key, dir).map((r) => r.group.name);

  it('by a figure, ties by name (李四 before 张三), the unassigned cells after the others', () => {
    // Enterprises: 王五 7, 李四 2, 张三 2, none 1; open: 王五 12, 李四 1, 张三 1, none 2.
    expect(names('enterprises', 'desc')).toEqual(['王五', '李四', '张三', '']);
    expect(names('enterprises', 'asc')).toEqual(['', '李四', '张三', '王五']);
    expect(names('openHazards', 'asc')).toEqual(['李四', '张三', '', '王五']);
    expect(names('grids', 'desc')).toEqual(['王五', '', '李四', '张三']);
  });
  it('by name, the unassigned cells last either way; NaN figures keep the name order', () => {
    expect(names('name', 'asc')).toEqual(['李四', '王五', '张三', '']);
    expect(names('name', 'desc')).toEqual(['张三', '王五', '李四', '']);
    expect(names('foundThisWeek', 'desc')).toEqual(['李四', '王五', '张三', '']);
  });
});
