import type { Rows } from '../../common/rows.ts';
import type { RawRows } from '../../common/import-types.ts';

/** Every row as arrays of cell text, for assertions. */
export const rowsAsArrays = (rows: Rows): string[][] => Array.from({ length: rows.length }, (_, i) => rows.row(i));

/** Every row of a table as arrays of cell text. */
export const cellsOf = (raw: RawRows): string[][] => rowsAsArrays(raw.rows);
