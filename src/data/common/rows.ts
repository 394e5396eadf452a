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

/** Text cells by row, '' for an empty or absent cell. */
export interface CellColumn {
  readonly length: number;
  get(i: number): string;
}

/**
 * One column of a table's kept rows, each cell trimmed and made a string only when asked for: the
 * names and addresses of a million-row import stay in the file's own text until they are written
 * out, instead of becoming millions of strings that the garbage collector must carry through the build.
 */
export function cellColumn(rows: Rows, tableRow: Int32Array, column: number): CellColumn {
  return {
    length: tableRow.length,
    get: (i) => {
      if (column < 0) return '';
      const v = rows.cell(tableRow[i], column);
      return v.length > 0 && (v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32) ? v.trim() : v;
    },
  };
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
