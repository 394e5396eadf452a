/**
 * The shape of a column declaration (enterprise-columns.ts, hazard-columns.ts, inspection-columns.ts):
 * what a column is stored as, where it lives in the bundle, how an import finds and reads it, what
 * values a bundle may hold, and how the exports and the drawer show it. Each part is optional, so a
 * column that is only computed by the build simply has no import part, and a row that a view derives
 * from other columns (the veto, the grid cell's worker) has no storage part.
 */
import type { Lang } from '../../../domain/lang.ts';
import type { RiskModel } from '../../../domain/risk-model.ts';
import type { DatasetManifest } from '../../dataset.ts';
import type { Text } from '../../../domain/text.ts';

export type { Text };

/** The Arrow types a numeric column may have, each read back as the typed array of the same name. */
export interface TypedArrays {
  Float64: Float64Array;
  Float32: Float32Array;
  Int32: Int32Array;
  Int16: Int16Array;
  Int8: Int8Array;
  Uint16: Uint16Array;
  Uint8: Uint8Array;
}
export type NumericType = keyof TypedArrays;
/** `Utf8`: text, kept as an Arrow vector and decoded one string at a time. */
export type ColumnType = NumericType | 'Utf8';
export type TypedArray = TypedArrays[NumericType];

const CONSTRUCTORS: { [T in NumericType]: new (n: number) => TypedArrays[T] } = {
  Float64: Float64Array,
  Float32: Float32Array,
  Int32: Int32Array,
  Int16: Int16Array,
  Int8: Int8Array,
  Uint16: Uint16Array,
  Uint8: Uint8Array,
};

/** A column of n values, each `none` (0 unless the column says otherwise). */
export function allocate<T extends NumericType>(type: T, n: number, none = 0): TypedArrays[T] {
  const a = new CONSTRUCTORS[type](n);
  if (none !== 0) a.fill(none);
  return a;
}

/** The bundle files a column may live in (docs/data-format.md): the first picture, or streamed after it. */
export type BundleFile = 'enterprises.arrow' | 'enterprise-text.arrow' | 'hazards.arrow' | 'inspections.arrow';

/** The values a bundle may hold in a column, [lo, hi), and what to say about a value outside. */
export interface ColumnRange {
  lo: number;
  hi: number;
  what: Text;
}

/** A field of the import (docs/data-format.md): its id, its name in the dialog, and the names bureaus give it. */
export interface ImportField {
  /** The column name of docs/data-format.md (and of the folder export). */
  field: string;
  /** Its name in the import dialog; an entry shared with the column's other parts when they show the same. */
  label: Text;
  required?: boolean;
  /** Other names for the column, as bureaus write them (compared after normalise()). */
  aliases: readonly string[];
}

/** One cell of an imported row, as a column's parser sees it. */
export interface ImportCell {
  /** The cell's text, trimmed; '' when the field has no column. */
  text(): string;
  /** A whole number 0..max; anything else is reported and read as 0. */
  count(max: number): number;
  /** Reports an odd value that is kept as something else (the row stays). */
  warn(reason: Text): void;
}

/** What a cell of the enterprise export holds: `code` an identifier, `text` other text, `score` one decimal, `count` a whole number, `date` a day number. */
export type CellKind = 'code' | 'text' | 'score' | 'count' | 'date';

/** A text column read on demand. */
export interface TextSource {
  get(i: number): string | null;
}

/** One enterprise, as the views of an enterprise column read it. */
export interface EnterpriseRow<C> {
  /** The enterprise's row. */
  i: number;
  c: C;
}

/** One enterprise as the CSV and Excel exports read it. */
export interface ExportRow<C> extends EnterpriseRow<C> {
  text: Record<string, TextSource>;
  manifest: {
    towns: readonly { name: string }[];
    grids: readonly { name: string }[];
    parks: readonly { name: string }[];
  };
  lang: Lang;
  /** The rules of the scoring the list was made under, when given. */
  model?: Pick<RiskModel, 'veto'>;
}

/** How the drawer writes what the data does not say itself; given by the UI in its language. */
export interface DrawerWords {
  lang: Lang;
  /** A text in the UI language, its {0}, {1}… filled (numbers in the language's format). */
  say(text: Text, ...args: (string | number)[]): string;
  /** Items joined with the language's list separator. */
  list(items: readonly string[]): string;
  /** A text in the language's parentheses (with the space English puts before them). */
  parens(inside: string): string;
  none: string;
  yes: string;
  no: string;
  /** What a text column shows while the names stream in. */
  pending: string;
}

/** One enterprise as the drawer reads it; `text` is null while the names stream in. */
export interface DrawerRow<C> extends EnterpriseRow<C> {
  text: Record<string, TextSource> | null;
  manifest: Pick<DatasetManifest, 'towns' | 'grids' | 'parks'>;
  words: DrawerWords;
}

/** What a declaration's `type` may be: an Arrow type, or `view` for a row a view derives from other columns (not stored). */
export type DeclaredType = ColumnType | 'view';

/** The typed arrays of the numeric columns of a registry whose types are `T`, plus the row count. */
export type NumericColumnsOf<T> = {
  -readonly [K in keyof T as T[K] extends NumericType ? K : never]: T[K] extends NumericType
    ? TypedArrays[T[K]]
    : never;
} & { length: number };

/**
 * The parts of one column, or of one derived row of a view, besides its type. `C` is the columns'
 * record the views read. Stored columns have a `file`; the other parts are each optional.
 */
export interface ColumnParts<C> {
  file?: BundleFile;
  /** Stored as whole steps of 1e-7 degree (Int32, `<name>E7`) and decoded to Float64 degrees. */
  position?: boolean;
  /** The value of "none", which a new column starts filled with (0 unless given). */
  none?: number;
  /** The values a bundle may hold, checked when it loads (validate-bundle.ts). */
  range?: (m: Pick<DatasetManifest, 'towns' | 'grids' | 'parks' | 'enterprises'>) => ColumnRange;
  /** The import field(s) the column is read from. */
  import?: ImportField | readonly ImportField[];
  /**
   * How a cell becomes the column's value. Columns without it that are imported are read by the
   * reader itself (src/data/import/build/enterprises.ts), because they identify or place the row, or are
   * read together with another column.
   */
  parse?: (cell: ImportCell) => number;
  /** The column's cell in the folder export (the import's format), raw: text cells are guarded by the writer. */
  folder?: (x: EnterpriseRow<C> & { text: Record<string, TextSource> }) => string;
  /** The column in the CSV and Excel lists. */
  export?: { header: Text; kind: CellKind; value: (x: ExportRow<C>) => string | number };
  /** The column's row in the enterprise drawer. */
  drawer?: { label: Text; value: (x: DrawerRow<C>) => string };
}

/** A whole declaration. */
export type ColumnDef<C> = ColumnParts<C> & { type: DeclaredType };

/** Any registry, as the functions that walk one take it (the views read the columns it declares). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ColumnRegistry = Readonly<Record<string, ColumnDef<any>>>;

/**
 * Declares a registry: each entry's `type` decides its typed array, and the views' functions get
 * the record of those arrays (so `x.c.sector` is a Uint8Array and a misspelt column does not compile).
 */
export function defineColumns<const T extends Record<string, DeclaredType>>(columns: {
  [K in keyof T]: { type: T[K] } & ColumnParts<NumericColumnsOf<T>>;
}) {
  return columns;
}

/** The declared types of a registry, by column. */
export type TypesOf<R> = { [K in keyof R]: R[K] extends { type: infer T } ? T : never };
