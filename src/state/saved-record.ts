/**
 * What a dataset saved in this browser looks like in IndexedDB, and which stored records are usable.
 * Two formats are read:
 * - format 1 (whole): one record holding the entire bundle. Chromium cannot store a record over
 *   133,169,152 bytes, so a large import could not be kept this way; records saved so are still read.
 * - format 2 (parted): a list record with the name, counts and manifest, and the other files in
 *   pieces of at most CHUNK_BYTES, one record each, keyed [id, part, piece number]. Some parts are
 *   optional (the inspection ledger, which datasets saved before it existed do not have).
 * A record that fits neither is listed as damaged, so the user can see and delete it. Pure: the
 * storage itself is src/state/saved-datasets.ts.
 */
import type { BundleFiles } from '../data/load-bundle.ts';
import type { ImportReport } from '../workers/import-protocol.ts';

/** One saved dataset as the dataset menu lists it. */
/** The list fields a stored record holds. */
export interface SavedRecordBase {
  id: string;
  name: string;
  /** ISO time it was saved ('' when a record does not say). */
  savedAt: string;
  enterprises: number;
  bytes: number;
}

/** A saved dataset as the menu lists it: the record's fields, and its data date and district. */
export interface SavedDatasetInfo extends SavedRecordBase {
  /** Its data date and district (src/data/dataset.ts districtOf), from its manifest; '' when unreadable. */
  asOf: string;
  district: string;
}

/** A stored record that is not a usable dataset: its key (to delete it) and a label to show. */
export interface DamagedSaved {
  key: IDBValidKey;
  label: string;
}

/** Format 1: the whole bundle in one record (`enterpriseText` absent before the bundle was split: the text was in `enterprises`). */
export interface WholeRecord extends SavedRecordBase {
  bundle: {
    manifest: string;
    geo: string;
    enterprises: Uint8Array;
    enterpriseText?: Uint8Array;
    hazards: Uint8Array;
    inspections?: Uint8Array;
  };
  report?: ImportReport;
}

/** The files a format 2 dataset keeps in pieces (the manifest, small, stays in the list record). */
export const PART_NAMES = [
  'geo.json',
  'enterprises.arrow',
  'enterprise-text.arrow',
  'hazards.arrow',
  'inspections.arrow',
  'report.json',
] as const;
export type PartName = (typeof PART_NAMES)[number];
/** The parts a dataset cannot open without (a dataset with an inspection ledger needs its part too: decodeBundleFiles says so). */
const REQUIRED_PARTS: readonly PartName[] = ['geo.json', 'enterprises.arrow', 'hazards.arrow'];

/** One part of a format 2 dataset: its length and how many pieces hold it. */
export interface StoredPart {
  name: PartName;
  bytes: number;
  chunks: number;
}

/** Format 2's list record. */
export interface PartedRecord extends SavedRecordBase {
  format: 2;
  /** manifest.json's text, renamed with the dataset. */
  manifest: string;
  parts: StoredPart[];
}

/** One piece of a part of a format 2 dataset (keyed [id, part, k]). */
export interface ChunkRecord {
  id: string;
  part: PartName;
  k: number;
  bytes: Uint8Array;
}

/** A stored list record, read: usable in one of the two formats, or damaged. */
export type SavedEntry =
  | { kind: 'whole'; record: WholeRecord }
  | { kind: 'parted'; record: PartedRecord }
  | { kind: 'damaged'; damaged: DamagedSaved };

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The list fields of a record, the ones that only inform given defaults (a record from an older version may lack them). */
function infoOf(r: Loose & { id: string; name: string }): SavedDatasetInfo {
  const text = typeof r.manifest === 'string' ? r.manifest : isObject(r.bundle) ? r.bundle.manifest : undefined;
  let m: Loose = {};
  try {
    const parsed: unknown = typeof text === 'string' ? JSON.parse(text) : null;
    if (isObject(parsed)) m = parsed;
  } catch {
    // An unreadable manifest only leaves the date and district unknown here; opening it says what is wrong.
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    id: r.id,
    name: r.name,
    savedAt: typeof r.savedAt === 'string' ? r.savedAt : '',
    enterprises: isCount(r.enterprises) ? r.enterprises : 0,
    bytes: isCount(r.bytes) ? r.bytes : 0,
    asOf: str(m.asOf),
    district: str(m.district) || str(m.name),
  };
}

function isWhole(r: Loose): boolean {
  const b = r.bundle;
  return (
    isObject(b) &&
    typeof b.manifest === 'string' &&
    typeof b.geo === 'string' &&
    b.enterprises instanceof Uint8Array &&
    b.hazards instanceof Uint8Array
  );
}

const isPart = (p: unknown): p is StoredPart =>
  isObject(p) && (PART_NAMES as readonly unknown[]).includes(p.name) && isCount(p.bytes) && isCount(p.chunks);

function isParted(r: Loose): boolean {
  if (r.format !== 2 || typeof r.manifest !== 'string' || !Array.isArray(r.parts) || !r.parts.every(isPart))
    return false;
  const names = (r.parts as StoredPart[]).map((p) => p.name);
  return REQUIRED_PARTS.every((n) => names.includes(n)) && new Set(names).size === names.length;
}

/** The text a piece's key is known by in a set (IndexedDB keys are arrays, compared by value). */
export const chunkKeyText = (id: IDBValidKey, part: string, k: number): string => JSON.stringify([id, part, k]);

/** Every piece a format 2 record names is among the stored pieces' keys (`chunkKeyText`). */
function complete(r: PartedRecord, chunkKeys: ReadonlySet<string>): boolean {
  return r.parts.every((p) =>
    Array.from({ length: p.chunks }, (_, k) => k).every((k) => chunkKeys.has(chunkKeyText(r.id, p.name, k))),
  );
}

/** A label for a damaged record: its name when it has one, else its key as text. */
function labelOf(key: IDBValidKey, value: unknown): string {
  if (isObject(value) && typeof value.name === 'string' && value.name.trim()) return value.name;
  try {
    return typeof key === 'string' ? key : (JSON.stringify(key) ?? String(key));
  } catch {
    return String(key);
  }
}

/**
 * What a stored list record is. `chunkKeys`, the stored pieces' keys, when given also marks a format 2
 * record with a piece missing as damaged (opening it would fail).
 */
export function classify(key: IDBValidKey, value: unknown, chunkKeys?: ReadonlySet<string>): SavedEntry {
  const damaged: SavedEntry = { kind: 'damaged', damaged: { key, label: labelOf(key, value) } };
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.name !== 'string') return damaged;
  const r = value as Loose & { id: string; name: string };
  if (isParted(r)) {
    const record = { ...r, ...infoOf(r) } as unknown as PartedRecord;
    return chunkKeys && !complete(record, chunkKeys) ? damaged : { kind: 'parted', record };
  }
  if (isWhole(r)) return { kind: 'whole', record: { ...r, ...infoOf(r) } as unknown as WholeRecord };
  return damaged;
}

/** The dataset menu's lists: the usable datasets, newest first, and the damaged records. */
export function savedList(
  keys: readonly IDBValidKey[],
  values: readonly unknown[],
  chunkKeys: readonly IDBValidKey[],
): { datasets: SavedDatasetInfo[]; damaged: DamagedSaved[] } {
  const pieces = new Set(
    chunkKeys.map((k) => (Array.isArray(k) && k.length === 3 ? chunkKeyText(k[0], String(k[1]), Number(k[2])) : '')),
  );
  const datasets: SavedDatasetInfo[] = [];
  const damaged: DamagedSaved[] = [];
  keys.forEach((key, i) => {
    const e = classify(key, values[i], pieces);
    if (e.kind === 'damaged') damaged.push(e.damaged);
    else datasets.push(infoOf(e.record as unknown as Loose & { id: string; name: string }));
  });
  datasets.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { datasets, damaged };
}

/** The manifest's text with `name` as its display name (in both languages: a bureau names its own district once). */
export function renamedManifest(manifest: string, name: string): string {
  const m = JSON.parse(manifest) as { name: string; nameEn: string; district?: string };
  // The district keeps its name: a renamed snapshot is still comparable with the district's others.
  m.district ??= m.name;
  m.name = name;
  m.nameEn = name;
  return JSON.stringify(m);
}

/** The files of an import as the worker built them, as a format 2 dataset: the renamed manifest and the parts' bytes. */
export function partsOfBundle(
  bundle: Record<string, Uint8Array | string>,
  name: string,
  report: ImportReport,
): { manifest: string; parts: [PartName, Uint8Array][] } {
  const text = new TextEncoder();
  const parts: [PartName, Uint8Array][] = [
    ['geo.json', text.encode(String(bundle['geo.json']))],
    ['enterprises.arrow', bundle['enterprises.arrow'] as Uint8Array],
    ['enterprise-text.arrow', bundle['enterprise-text.arrow'] as Uint8Array],
    ['hazards.arrow', bundle['hazards.arrow'] as Uint8Array],
    // Only a dataset with an inspection ledger has it (left out below otherwise).
    ['inspections.arrow', bundle['inspections.arrow'] as Uint8Array],
  ];
  // Kept as format 1 kept it (in the record); in a part it cannot make the list record too large.
  // Nothing reads it back yet: a report too long for one string is left out rather than failing the save.
  try {
    parts.push(['report.json', text.encode(JSON.stringify(report))]);
  } catch {
    // RangeError: Invalid string length.
  }
  return {
    manifest: renamedManifest(String(bundle['manifest.json']), name),
    parts: parts.filter(([, b]) => b instanceof Uint8Array),
  };
}

/** A format 2 dataset's bundle files from its manifest and its joined parts. Throws (a SyntaxError, a TypeError) when one is unreadable. */
export function filesOfParts(manifest: string, parts: ReadonlyMap<PartName, Uint8Array>): BundleFiles {
  const need = (n: PartName) => {
    const b = parts.get(n);
    if (!b) throw new TypeError(`${n} is missing`);
    return b;
  };
  const enterpriseText = parts.get('enterprise-text.arrow');
  const inspections = parts.get('inspections.arrow');
  return {
    manifest: JSON.parse(manifest),
    geo: JSON.parse(new TextDecoder().decode(need('geo.json'))),
    enterprises: need('enterprises.arrow'),
    hazards: need('hazards.arrow'),
    ...(enterpriseText ? { enterpriseText } : {}),
    ...(inspections ? { inspections } : {}),
  };
}

/** A format 1 record's bundle files. Throws (a SyntaxError) when its manifest or geometry is not JSON. */
export function filesOfWhole(r: WholeRecord): BundleFiles {
  const { enterprises, enterpriseText, hazards, inspections } = r.bundle;
  return {
    manifest: JSON.parse(r.bundle.manifest),
    geo: JSON.parse(r.bundle.geo),
    enterprises,
    hazards,
    ...(enterpriseText instanceof Uint8Array ? { enterpriseText } : {}),
    ...(inspections instanceof Uint8Array ? { inspections } : {}),
  };
}
