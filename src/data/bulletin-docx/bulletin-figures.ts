/**
 * The rows of the Word bulletin's tables by town and by sector: every town of the dataset and every
 * top-level sector (行业领域), each with its selected enterprises per level and their open and overdue
 * hazards. A unit with nothing keeps its row with zeros (零报告): a bulletin lists every unit.
 *
 * Pure; one pass over the rows for the sectors (the towns come from the area metrics the store
 * already keeps for the current selection, src/data/area/area-metrics.ts).
 */
import { SECTOR_GROUPS, SECTORS } from '../../domain/sectors.ts';
import type { EnterpriseColumns } from '../columns.ts';

/** One unit's row: enterprises (selected), per level code 0..3, open and overdue hazards (at the data date). */
export interface UnitRow {
  /** Index of the town in the manifest, or of the group in SECTOR_GROUPS. */
  unit: number;
  enterprises: number;
  byLevel: [number, number, number, number];
  openHazards: number;
  overdueHazards: number;
}

/** Every town's row from the town metrics, in the manifest's order. */
export function townRows(m: {
  count: number;
  enterprises: ArrayLike<number>;
  /** count·4 entries, [area·4 + level]. */
  byLevel: ArrayLike<number>;
  openHazards: ArrayLike<number>;
  overdueHazards: ArrayLike<number>;
}): UnitRow[] {
  return Array.from({ length: m.count }, (_, t) => ({
    unit: t,
    enterprises: m.enterprises[t],
    byLevel: [m.byLevel[t * 4], m.byLevel[t * 4 + 1], m.byLevel[t * 4 + 2], m.byLevel[t * 4 + 3]],
    openHazards: m.openHazards[t],
    overdueHazards: m.overdueHazards[t],
  }));
}

/** SECTOR_GROUPS index of each sector code (a sub-sector counts in its parent's group). */
const GROUP_OF_SECTOR = SECTORS.map((s) => SECTOR_GROUPS.findIndex((g) => g.key === (s.parent ?? s.key)));

/**
 * Every top-level sector's row (SECTOR_GROUPS order) over the enterprises with mask[row] === 1 (every
 * row when the mask is null). A row whose sector code is unknown counts for no group.
 */
export function sectorRows(
  c: Pick<EnterpriseColumns, 'length' | 'sector' | 'level' | 'hazardsOpen' | 'hazardsOverdue'>,
  mask: Uint8Array | null,
): UnitRow[] {
  const rows: UnitRow[] = SECTOR_GROUPS.map((_, g) => ({
    unit: g,
    enterprises: 0,
    byLevel: [0, 0, 0, 0],
    openHazards: 0,
    overdueHazards: 0,
  }));
  for (let i = 0; i < c.length; i++) {
    if (mask !== null && mask[i] !== 1) continue;
    const g = GROUP_OF_SECTOR[c.sector[i]] ?? -1;
    if (g < 0) continue;
    const r = rows[g];
    r.enterprises++;
    const l = c.level[i];
    if (l >= 0 && l < 4) r.byLevel[l]++;
    r.openHazards += c.hazardsOpen[i];
    r.overdueHazards += c.hazardsOverdue[i];
  }
  return rows;
}

/** The sum of rows, as a row (unit -1). */
export function totalRow(rows: readonly UnitRow[]): UnitRow {
  const t: UnitRow = { unit: -1, enterprises: 0, byLevel: [0, 0, 0, 0], openHazards: 0, overdueHazards: 0 };
  for (const r of rows) {
    t.enterprises += r.enterprises;
    for (let l = 0; l < 4; l++) t.byLevel[l] += r.byLevel[l];
    t.openHazards += r.openHazards;
    t.overdueHazards += r.overdueHazards;
  }
  return t;
}
