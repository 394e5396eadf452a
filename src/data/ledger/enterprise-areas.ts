/**
 * Where a hazard's enterprise is, for the ledger's lists (the table on screen and its exports): the
 * name of its town (镇街) and grid cell (网格), and the grid cell's grid worker (网格员). The enterprise
 * columns hold the town and grid ids (-1 outside every one); the names and the grid workers are the
 * manifest's `towns` and `grids`.
 */
import type { EnterpriseColumns } from '../columns.ts';

/** What the names are read from (structural: a Dataset is one). */
export interface EnterpriseAreaSource {
  enterprises: Pick<EnterpriseColumns, 'town' | 'grid'>;
  manifest: {
    towns: readonly { name: string }[];
    grids: readonly { name: string; gridWorker: string }[];
  };
}

export interface EnterpriseAreaNames {
  town: string;
  grid: string;
  gridWorker: string;
}

const NONE: EnterpriseAreaNames = { town: '', grid: '', gridWorker: '' };

/** The town, grid cell and grid worker of enterprise row `e` ('' for none, an unknown row or id). */
export function enterpriseAreaNames(src: EnterpriseAreaSource | undefined, e: number): EnterpriseAreaNames {
  if (!src || e < 0 || e >= src.enterprises.town.length) return NONE;
  const t = src.enterprises.town[e],
    g = src.enterprises.grid[e];
  const grid = g >= 0 ? src.manifest.grids[g] : undefined;
  return {
    town: (t >= 0 ? src.manifest.towns[t]?.name : undefined) ?? '',
    grid: grid?.name ?? '',
    gridWorker: grid?.gridWorker ?? '',
  };
}
