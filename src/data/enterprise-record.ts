/** One enterprise (or its hazards) read out of the columns, for tooltips, drawers and exports. */
import type { CoreDataset, Dataset, EnterpriseText } from './dataset.ts';

export function textAt(col: { get(i: number): string | null }, i: number): string {
  return col.get(i) ?? '';
}

export interface EnterpriseSummary {
  row: number;
  /** Null while the names are still streaming in. */
  name: string | null;
  creditCode: string | null;
  sector: number;
  level: number;
  score: number;
  town: string;
  grid: string;
  park: string;
}

export function enterpriseSummary(d: CoreDataset, text: EnterpriseText | null, row: number): EnterpriseSummary {
  const c = d.enterprises;
  const m = d.manifest;
  return {
    row,
    name: text ? textAt(text.name, row) : null,
    creditCode: text ? textAt(text.creditCode, row) : null,
    sector: c.sector[row],
    level: c.level[row],
    score: c.score[row],
    town: c.town[row] >= 0 ? m.towns[c.town[row]].name : '',
    grid: c.grid[row] >= 0 ? m.grids[c.grid[row]].name : '',
    park: c.park[row] >= 0 ? m.parks[c.park[row]].name : '',
  };
}

/** Hazard indices of one enterprise, newest first. One scan of the hazard column: fine for a click. */
export function hazardsOf(d: Pick<Dataset, 'hazards'>, row: number): number[] {
  const h = d.hazards;
  const out: number[] = [];
  for (let k = 0; k < h.length; k++) if (h.enterprise[k] === row) out.push(k);
  return out.sort((a, b) => h.found[b] - h.found[a]);
}
