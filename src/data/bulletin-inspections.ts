/**
 * The bulletin's inspection line: what was done in the period (administrative inspections, the
 * enterprises they reached, patrols and self-checks, hazards found, penalties), over the enterprises
 * of the map's selection. The status at the data date (overdue, never inspected…) comes from the
 * filter engine's totals, which count the same selection.
 */
import type { InspectionColumns } from './dataset.ts';

export interface InspectionPeriod {
  /** Administrative inspections in the period, and the distinct enterprises they reached. */
  inspections: number;
  enterprises: number;
  /** Patrols and self-checks in the period (they count toward nothing). */
  patrols: number;
  /** Hazards found by the period's administrative inspections (rows that give a number). */
  hazardsFound: number;
  /** Administrative inspections with a penalty. */
  penalties: number;
}

/**
 * Sums over the ledger's rows dated from `start` to `end` (day numbers, inclusive) of enterprises with
 * `mask[e]` set (every enterprise when null); `administrative[kind]` is 1 for the kinds that count.
 */
export function inspectionPeriod(
  ins: InspectionColumns,
  administrative: Uint8Array,
  mask: Uint8Array | null,
  start: number,
  end: number,
): InspectionPeriod {
  const out: InspectionPeriod = { inspections: 0, enterprises: 0, patrols: 0, hazardsFound: 0, penalties: 0 };
  const reached = new Set<number>();
  for (let k = 0; k < ins.length; k++) {
    const d = ins.day[k],
      e = ins.enterprise[k];
    if (d < start || d > end || (mask && !mask[e])) continue;
    if (!administrative[ins.kind[k]]) {
      out.patrols++;
      continue;
    }
    out.inspections++;
    reached.add(e);
    if (ins.hazardsFound[k] > 0) out.hazardsFound += ins.hazardsFound[k];
    if (ins.penalty[k] === 1) out.penalties++;
  }
  out.enterprises = reached.size;
  return out;
}
