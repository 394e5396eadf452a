/**
 * Finds the header row of a table. Ledgers exported from inspection systems put a title row (often
 * merged across the sheet), a date line or a blank row above the header; the header is the row among
 * the first few that names the most known fields, or, when none names any, the first row that looks
 * like labels (several cells, mostly not numbers).
 */
import { headerScore, type FieldDef } from '../common/import-schema.ts';
import { TEXT_FILE_TEXT } from './text-file-strings.ts';
import { ImportError, type RawRows, type SourceTable } from '../common/import-types.ts';

const SCAN_ROWS = 30;

function looksLikeLabels(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length < 2) return false;
  // A merged title fills every cell with one text; labels differ from each other.
  if (new Set(filled).size < Math.min(filled.length, 2)) return false;
  const numeric = filled.filter((c) => c.trim() !== '' && Number.isFinite(Number(c))).length;
  return numeric <= filled.length / 3;
}

/** The table with its header found. Throws ImportError when there are no rows after the header. */
export function findHeader(raw: RawRows, fields: readonly FieldDef[]): SourceTable {
  const scan = Math.min(raw.rows.length, SCAN_ROWS);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < scan; i++) {
    const s = headerScore(fields, raw.rows.row(i));
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  if (best < 0) {
    for (let i = 0; i < scan && best < 0; i++) if (looksLikeLabels(raw.rows.row(i))) best = i;
  }
  if (best < 0) best = 0;
  if (best + 1 >= raw.rows.length) {
    throw new ImportError(raw.file, TEXT_FILE_TEXT.headerOnly);
  }
  return {
    ...raw,
    header: raw.rows.row(best).map((h) => h.trim()),
    headerRow: raw.rowNumbers[best],
    firstDataRow: best + 1,
  };
}
