/**
 * The shapes every import reader produces, so the rest of the import (role detection, header
 * mapping, the data build) never cares whether a table came from a CSV or a spreadsheet, or a layer
 * from GeoJSON or a zipped Shapefile. Pure TypeScript: runs in the import worker, in Node and in tests.
 */
import type { Feature, Geometry } from 'geojson';
import type { Text } from '../../domain/text.ts';
import type { Rows } from './rows.ts';

/** A file as the user gave it, or as found inside a `.zip` (name = its path inside the zip). */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A whole file cannot be read (empty, binary junk, not a zip, a truncated zip, a Shapefile without
 * its .shp...). Row-level problems are ValidationIssues instead; this is for "nothing here is usable".
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: Text,
  ) {
    super(`${file}: ${reason.en}`);
    this.name = 'ImportError';
  }
}

/** Rows of text cells before the header row is known: what the CSV and spreadsheet readers return. */
export interface RawRows {
  file: string;
  /** Every row, cells as the text a user sees (numbers without grouping, dates as YYYY-MM-DD). */
  rows: Rows;
  /** The row number the user sees for rows[i]: the line in a CSV (1-based), the row number in Excel. */
  rowNumbers: Int32Array;
  /** CSV only: the encoding the bytes were decoded with ('utf-8' or 'gb18030'). */
  encoding?: string;
  /** Spreadsheets only: the sheet read and all sheet names, in workbook order. */
  sheet?: string;
  sheetNames?: string[];
}

/** A table once its header row is found. */
export interface SourceTable extends RawRows {
  /** Header cells, trimmed. */
  header: string[];
  /** Row number (as the user sees it) of the header row. */
  headerRow: number;
  /** Index in `rows` of the first data row (rows before it are titles and the header). */
  firstDataRow: number;
}

/**
 * A coordinate reference system as import understands it:
 * - 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09' (geographic lon/lat; see src/data/coords.ts),
 * - 'EPSG:<code>' for anything proj4 projects for us (Gauss-Kruger zones, Web Mercator, Beijing 1954 ...),
 * - 'WKT:<ESRI or OGC WKT>' for a .prj that names no EPSG code.
 */
export type CrsId = string;

/** Where a layer's or a table's coordinate system came from, and whether the user should confirm it. */
export interface CrsGuess {
  crs: CrsId;
  /** Human-readable, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549)". */
  label: string;
  source: 'prj' | 'crs-member' | 'default' | 'magnitude' | 'user';
  /** Set when the reader had to guess: why the user should look (e.g. "no .prj; values look like lon/lat"). */
  confirm?: Text;
}

/** A boundary layer as read from GeoJSON or a Shapefile, coordinates still in `crs.crs`. */
export interface SourceLayer {
  file: string;
  features: Feature<Geometry | null, Record<string, unknown>>[];
  crs: CrsGuess;
  /** Shapefile only: the encoding the .dbf text was decoded with and how it was chosen. */
  encoding?: { label: string; source: 'cpg' | 'ldid' | 'detected' | 'utf-8' };
  /** Problems found while reading (e.g. a self-intersecting polygon, a null shape), by feature. */
  issues: { row: number; column: string; value: string; reason: Text; severity: 'error' | 'warning' }[];
}
