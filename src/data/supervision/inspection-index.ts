/**
 * From an enterprise to its inspections: the ledger's rows grouped by enterprise, each enterprise's
 * oldest first (by day, then ledger row), built once per ledger (two stable counting sorts, by day then
 * by enterprise: linear in the rows) and kept for it, so that opening an enterprise reads a slice.
 */
import type { InspectionColumns } from '../dataset.ts';

export interface InspectionIndex {
  /** Enterprise i's inspections are rows[offsets[i]] to rows[offsets[i + 1] - 1]. */
  offsets: Int32Array;
  /** Ledger rows, by enterprise, then day, then ledger row. */
  rows: Int32Array;
}

/** Sorting by day with a table of counts when the days span at most this many per ledger row (else a comparison sort). */
const SPAN_PER_ROW = 4;

/** The index of a ledger over `enterprises` enterprises; rows naming no enterprise of 0..enterprises-1 are left out. */
export function buildInspectionIndex(
  ledger: Pick<InspectionColumns, 'length' | 'enterprise' | 'day'>,
  enterprises: number,
): InspectionIndex {
  const { enterprise, day } = ledger;
  const L = ledger.length;
  // The rows that name an enterprise, in day order (ledger order within a day).
  let kept = 0;
  let lo = Infinity,
    hi = -Infinity;
  for (let k = 0; k < L; k++) {
    const i = enterprise[k];
    if (i < 0 || i >= enterprises) continue;
    kept++;
    if (day[k] < lo) lo = day[k];
    if (day[k] > hi) hi = day[k];
  }
  const byDay = new Int32Array(kept);
  const span = kept > 0 ? hi - lo + 1 : 0;
  if (kept > 0 && span <= SPAN_PER_ROW * kept + 65_536) {
    const start = new Int32Array(span + 1);
    for (let k = 0; k < L; k++) {
      const i = enterprise[k];
      if (i >= 0 && i < enterprises) start[day[k] - lo + 1]++;
    }
    for (let d = 0; d < span; d++) start[d + 1] += start[d];
    for (let k = 0; k < L; k++) {
      const i = enterprise[k];
      if (i >= 0 && i < enterprises) byDay[start[day[k] - lo]++] = k;
    }
  } else if (kept > 0) {
    let j = 0;
    for (let k = 0; k < L; k++) {
      const i = enterprise[k];
      if (i >= 0 && i < enterprises) byDay[j++] = k;
    }
    byDay.sort((a, b) => day[a] - day[b] || a - b);
  }
  // Then by enterprise, keeping the day order within each.
  const offsets = new Int32Array(enterprises + 1);
  for (let j = 0; j < kept; j++) offsets[enterprise[byDay[j]] + 1]++;
  for (let i = 0; i < enterprises; i++) offsets[i + 1] += offsets[i];
  const next = offsets.slice(0, enterprises);
  const rows = new Int32Array(kept);
  for (let j = 0; j < kept; j++) {
    const k = byDay[j];
    rows[next[enterprise[k]]++] = k;
  }
  return { offsets, rows };
}

/** Enterprise i's inspections, oldest first (a view into the index; empty for an enterprise outside it). */
export function inspectionsOf(index: InspectionIndex, i: number): Int32Array {
  if (i < 0 || i + 1 >= index.offsets.length) return index.rows.subarray(0, 0);
  return index.rows.subarray(index.offsets[i], index.offsets[i + 1]);
}

const built = new WeakMap<object, InspectionIndex>();

/** The index of a ledger, built on first use and kept while the ledger is. */
export function inspectionIndexOf(
  ledger: Pick<InspectionColumns, 'length' | 'enterprise' | 'day'>,
  enterprises: number,
): InspectionIndex {
  const had = built.get(ledger);
  if (had && had.offsets.length === enterprises + 1) return had;
  const index = buildInspectionIndex(ledger, enterprises);
  built.set(ledger, index);
  return index;
}
