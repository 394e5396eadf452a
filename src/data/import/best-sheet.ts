/**
 * Which sheet of a bureau's workbook the import session (prepare.ts) reads first, judged by the
 * known columns each sheet's header names. Pure TypeScript.
 */
import { findHeader } from './header-row.ts';
import { ALL_TABLE_FIELDS, headerScore } from '../common/import-schema.ts';
import { readSpreadsheet } from './spreadsheet.ts';
import type { RawRows } from '../common/import-types.ts';

/** How many known columns a sheet's header names (0 for a sheet with no data rows). */
function sheetScore(raw: RawRows): number {
  try {
    return headerScore(ALL_TABLE_FIELDS, findHeader(raw, ALL_TABLE_FIELDS).header);
  } catch {
    return 0;
  }
}

/**
 * The first sheet of a workbook, unless it names fewer than two known columns (a 说明 or cover
 * sheet): then the sheet that names the most. The user can still pick another in the dialog.
 */
export function bestSheet(file: string, bytes: Uint8Array): RawRows {
  const first = readSpreadsheet(file, bytes);
  const names = first.sheetNames ?? [];
  if (names.length < 2 || sheetScore(first) >= 2) return first;
  let best = first;
  let bestScore = sheetScore(first);
  for (const sheet of names.slice(1, 12)) {
    try {
      const raw = readSpreadsheet(file, bytes, { sheet });
      const score = sheetScore(raw);
      if (score > bestScore) {
        best = raw;
        bestScore = score;
      }
    } catch {
      // An empty or unreadable sheet is simply not the best one.
    }
  }
  return best;
}
