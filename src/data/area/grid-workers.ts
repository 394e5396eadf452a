/**
 * The ranking by grid worker (网格员), beside the rankings by town and grid cell: a person may look
 * after several grid cells, so the cells are grouped by the grid worker's name in the manifest's grid
 * info (trimmed; cells without one are one group, "未指定网格员", named '' here). Per worker, over the
 * current filter selection: the grid cells, the selected enterprises, their open and overdue hazards
 * (summed from the grid cells' area metrics, so they agree with the grid ranking) and the hazards
 * found this week (from the Monday of the data date's week to the data date) at those enterprises,
 * one pass over the hazard ledger.
 *
 * Pure TypeScript: no React, DOM or map imports.
 */
import type { HazardColumns } from '../dataset.ts';
import type { AreaMetrics } from './area-metrics.ts';

/** The name of the group of grid cells without a grid worker. */
export const NO_GRID_WORKER = '';

export interface GridWorkerGroup {
  /** The grid worker's name as the grid info has it (trimmed); NO_GRID_WORKER for the cells without one. */
  name: string;
  /** Their grid cells' indices, ascending. */
  grids: number[];
}

/**
 * The grid cells grouped by grid worker: one group per distinct name, in the order each name first
 * appears in `grids`, then the cells without a worker (when there are any).
 */
export function gridWorkerGroups(grids: readonly { gridWorker: string }[]): GridWorkerGroup[] {
  const byName = new Map<string, GridWorkerGroup>();
  const none: GridWorkerGroup = { name: NO_GRID_WORKER, grids: [] };
  grids.forEach((g, i) => {
    const name = (g.gridWorker ?? '').trim();
    if (name === NO_GRID_WORKER) {
      none.grids.push(i);
      return;
    }
    let group = byName.get(name);
    if (!group) byName.set(name, (group = { name, grids: [] }));
    group.grids.push(i);
  });
  const out = [...byName.values()];
  if (none.grids.length > 0) out.push(none);
  return out;
}

export interface GridWorkerFigures {
  group: GridWorkerGroup;
  /** Selected enterprises in the worker's cells. */
  enterprises: number;
  /** Their open and overdue hazards on the data date. */
  openHazards: number;
  overdueHazards: number;
  /** Hazards found in [weekStart, asOf] at those enterprises; NaN while the ledger is not here. */
  foundThisWeek: number;
}

export interface GridWorkerInput {
  groups: readonly GridWorkerGroup[];
  /** The grid cells' area metrics over the selection. */
  gridMetrics: Pick<AreaMetrics, 'enterprises' | 'openHazards' | 'overdueHazards'>;
  /** Each enterprise's grid cell (-1 none). */
  enterpriseGrid: ArrayLike<number>;
  /** The selection (1 = selected); null = every enterprise. */
  mask: ArrayLike<number> | null;
  /** The hazard ledger, null while it streams in. */
  hazards: Pick<HazardColumns, 'length' | 'enterprise' | 'found'> | null;
  /** This week: its Monday and the data date, day numbers. */
  weekStart: number;
  asOf: number;
}

/** Every worker's figures, in the groups' order (see the module comment). */
export function gridWorkerFigures(x: GridWorkerInput): GridWorkerFigures[] {
  const m = x.gridMetrics;
  const rows = x.groups.map((group) => {
    let enterprises = 0,
      openHazards = 0,
      overdueHazards = 0;
    for (const g of group.grids) {
      enterprises += m.enterprises[g] ?? 0;
      openHazards += m.openHazards[g] ?? 0;
      overdueHazards += m.overdueHazards[g] ?? 0;
    }
    return { group, enterprises, openHazards, overdueHazards, foundThisWeek: x.hazards ? 0 : NaN };
  });
  const h = x.hazards;
  if (!h) return rows;
  // Grid cell -> its group's row.
  let maxGrid = -1;
  for (const gr of x.groups) for (const g of gr.grids) if (g > maxGrid) maxGrid = g;
  const groupOf = new Int32Array(maxGrid + 1).fill(-1);
  x.groups.forEach((gr, j) => gr.grids.forEach((g) => (groupOf[g] = j)));
  const found = new Float64Array(rows.length);
  const { mask, enterpriseGrid, weekStart, asOf } = x;
  for (let k = 0; k < h.length; k++) {
    const day = h.found[k];
    if (day < weekStart || day > asOf) continue;
    const e = h.enterprise[k];
    if (e < 0 || e >= enterpriseGrid.length || (mask !== null && mask[e] !== 1)) continue;
    const g = enterpriseGrid[e];
    if (g < 0 || g > maxGrid || groupOf[g] < 0) continue;
    found[groupOf[g]]++;
  }
  rows.forEach((r, j) => (r.foundThisWeek = found[j]));
  return rows;
}

export type GridWorkerSortKey = 'name' | 'grids' | 'enterprises' | 'openHazards' | 'overdueHazards' | 'foundThisWeek';

const COLLATOR = new Intl.Collator(['zh-Hans-CN', 'en'], { numeric: true });

/**
 * The rows ordered by one figure (NaN last either way) or by name (Chinese collation; the cells
 * without a grid worker last either way); ties by name, the cells without a worker after the others.
 */
export function sortGridWorkers(
  rows: readonly GridWorkerFigures[],
  key: GridWorkerSortKey,
  dir: 'asc' | 'desc',
): GridWorkerFigures[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: GridWorkerFigures, b: GridWorkerFigures) => {
    const an = a.group.name,
      bn = b.group.name;
    if (an === NO_GRID_WORKER || bn === NO_GRID_WORKER) return an === bn ? 0 : an === NO_GRID_WORKER ? 1 : -1;
    return COLLATOR.compare(an, bn);
  };
  const value = (r: GridWorkerFigures) => (key === 'grids' ? r.group.grids.length : key === 'name' ? 0 : r[key]);
  return [...rows].sort((a, b) => {
    if (key === 'name') {
      const ua = a.group.name === NO_GRID_WORKER,
        ub = b.group.name === NO_GRID_WORKER;
      return ua || ub ? Number(ua) - Number(ub) : sign * byName(a, b);
    }
    const va = value(a),
      vb = value(b);
    const na = Number.isNaN(va),
      nb = Number.isNaN(vb);
    if (na || nb) return na === nb ? byName(a, b) : na ? 1 : -1;
    return sign * (va - vb) || byName(a, b);
  });
}
