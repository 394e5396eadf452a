/**
 * The walks over a column registry that the bundle, the validator, the import, the build and the
 * views share: which columns a file holds, which have a part, in which order a view shows them.
 */
import {
  allocate,
  type BundleFile,
  type ColumnDef,
  type ColumnParts,
  type ColumnRegistry,
  type ImportField,
  type NumericType,
  type Text,
  type TypedArray,
} from './column-types.ts';

type Entry = readonly [name: string, def: ColumnDef<unknown>];

const isNumeric = (d: ColumnDef<unknown>) => d.type !== 'Utf8' && d.type !== 'view';

/** The numeric columns stored in a file, in the registry's order. */
export function numericIn(registry: ColumnRegistry, file: BundleFile): Entry[] {
  return Object.entries(registry).filter(([, d]) => d.file === file && isNumeric(d));
}

/** The text columns stored in a file: those named in `first` in that order, then the rest in the registry's. */
export function textIn(registry: ColumnRegistry, file: BundleFile, first: readonly string[] = []): string[] {
  return ordered(registry, first)
    .filter(([, d]) => d.file === file && d.type === 'Utf8')
    .map(([k]) => k);
}

/** The entries with a part, in a view's order: those named in `first`, then the rest in the registry's order. */
export function withPart<P extends keyof ColumnParts<unknown>>(
  registry: ColumnRegistry,
  part: P,
  first: readonly string[] = [],
): (readonly [string, NonNullable<ColumnParts<unknown>[P]>])[] {
  return ordered(registry, first)
    .filter(([, d]) => d[part] !== undefined)
    .map(([k, d]) => [k, d[part]!] as const);
}

function ordered(registry: ColumnRegistry, first: readonly string[]): Entry[] {
  const named = first.filter((k) => k in registry).map((k) => [k, registry[k]] as const);
  return [...named, ...Object.entries(registry).filter(([k]) => !first.includes(k))];
}

/** The typed-array constructor name each numeric column decodes to ('Uint8Array'…), by column. */
export function arrayNames(entries: readonly Entry[]): Record<string, string> {
  return Object.fromEntries(entries.map(([k, d]) => [k, `${d.type}Array`]));
}

/** Every import field of a registry, in its order (a column may have more than one). */
export function importFields(registry: ColumnRegistry, first: readonly string[] = []): ImportField[] {
  return withPart(registry, 'import', first).flatMap(([, f]) => (Array.isArray(f) ? f : [f as ImportField]));
}

/** New columns of n rows, each filled with its "none", for the named numeric columns. */
export function allocateColumns(
  registry: ColumnRegistry,
  names: readonly string[],
  n: number,
): Record<string, TypedArray> {
  return Object.fromEntries(names.map((k) => [k, allocate(registry[k].type as NumericType, n, registry[k].none)]));
}

/** Every text a registry declares, as one `{zh, en}` table keyed `<column>.<part>` (the string catalogue's test reads it). */
export function columnTexts(registry: ColumnRegistry): Record<string, Text> {
  const out: Record<string, Text> = {};
  for (const [name, d] of Object.entries(registry)) {
    (Array.isArray(d.import) ? d.import : d.import ? [d.import] : []).forEach(
      (f: ImportField, k: number) => (out[`${name}.import${k || ''}`] = f.label),
    );
    if (d.export) out[`${name}.export`] = d.export.header;
    if (d.drawer) out[`${name}.drawer`] = d.drawer.label;
  }
  return out;
}
