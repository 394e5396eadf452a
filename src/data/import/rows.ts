/**
 * The cells of a table, however they are stored: a spreadsheet's rows as arrays, or a CSV as one
 * string plus the offsets of its separators (csv.ts), so a million-row file is not sixteen million
 * little strings before anyone has asked for a cell.
 */
export interface Rows {
  readonly length: number;
  /** Cell text exactly as in the file (quotes removed); '' past the end of the row. */
  cell(r: number, c: number): string;
  /** The cell as a plain decimal number when it is one (spaces around allowed), else NaN (also when empty). */
  number(r: number, c: number): number;
  /** Number of cells in row r. */
  width(r: number): number;
  /** Row r as an array (for samples and header rows; not for the bulk path). */
  row(r: number): string[];
}

const PLAIN_NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** Rows over arrays of cell text. */
export function arrayRows(rows: readonly (readonly string[])[]): Rows {
  return {
    length: rows.length,
    cell: (r, c) => rows[r][c] ?? '',
    number: (r, c) => {
      const v = rows[r][c];
      return v !== undefined && PLAIN_NUMBER.test(v) ? Number(v) : NaN;
    },
    width: (r) => rows[r].length,
    row: (r) => [...rows[r]],
  };
}
