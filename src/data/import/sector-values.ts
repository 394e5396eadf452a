/** The sector values of an enterprise table that the taxonomy does not know, for the user to assign. */
import { sectorOfValue } from './build/enterprises.ts';
import type { SourceTable } from '../common/import-types.ts';

export interface UnknownValue {
  value: string;
  rows: number;
}

/** Distinct unknown values in column `col`, most frequent first (at most `limit`). */
export function unknownSectorValues(table: SourceTable, col: number, limit = 200): UnknownValue[] {
  if (col < 0) return [];
  const counts = new Map<string, number>();
  const known = new Map<string, boolean>();
  for (let r = table.firstDataRow; r < table.rows.length; r++) {
    const v = table.rows.cell(r, col).trim();
    if (v === '') continue;
    let ok = known.get(v);
    if (ok === undefined) {
      ok = sectorOfValue(v) >= 0;
      known.set(v, ok);
    }
    if (!ok) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, rows]) => ({ value, rows }))
    .sort((a, b) => b.rows - a.rows)
    .slice(0, limit);
}
