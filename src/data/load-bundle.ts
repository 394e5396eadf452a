/**
 * Reads a dataset bundle (src/data/bundle.ts): from `<base>data/<id>/`, relative to the page, so the
 * built app works under any sub-path, first what the first picture needs and then the rest; or from
 * the bytes of a saved import, all at once. Errors name the file and what to do.
 */
import type { Table } from 'apache-arrow';
import { trBoth } from '../domain/text.ts';
import { decodeEnterpriseCore, decodeEnterpriseText, decodeHazards, decodeInspections } from './bundle.ts';
import type { EnterpriseColumns } from './columns.ts';
import { LOAD_BUNDLE_TEXT } from './load-bundle-strings.ts';
import type {
  CoreDataset,
  Dataset,
  DatasetManifest,
  EnterpriseText,
  HazardColumns,
  InspectionColumns,
} from './dataset.ts';
import {
  BundleError,
  readArrow,
  validateEnterprises,
  validateEnterpriseText,
  validateGeo,
  validateHazards,
  validateInspections,
  validateManifest,
} from './validate-bundle.ts';

/** Dataset ids are folder names: letters, digits, dash and underscore only, so a URL cannot point elsewhere. */
export function isDatasetId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

async function fetchFile(dir: string, file: string): Promise<Response> {
  let r: Response;
  try {
    r = await fetch(`${dir}${file}`);
  } catch (e) {
    throw new BundleError(file, trBoth(LOAD_BUNDLE_TEXT.notDownloaded, (e as Error).message));
  }
  if (!r.ok) {
    throw new BundleError(
      file,
      r.status === 404 ? LOAD_BUNDLE_TEXT.notOnServer : trBoth(LOAD_BUNDLE_TEXT.httpStatus, String(r.status)),
    );
  }
  return r;
}

/** A bundle file's bytes by URL (the dataset worker fetches the first-picture file itself); errors name the file. */
export async function fetchBundleBytes(url: string, file: string): Promise<Uint8Array> {
  const r = await fetchFile(url.slice(0, url.length - file.length), file);
  return new Uint8Array(await r.arrayBuffer());
}

/** enterprises.arrow's bytes, checked against the manifest and decoded (in the page or in the dataset worker). */
export function decodeCoreColumns(
  manifest: DatasetManifest,
  bytes: Uint8Array,
): { columns: EnterpriseColumns; table: Table } {
  const table = readArrow('enterprises.arrow', bytes);
  validateEnterprises(table, manifest);
  return { columns: decodeEnterpriseCore(table), table };
}

/** A JSON file, with a message that names it when it is not JSON (a web page, a file cut short). */
async function fetchJson(dir: string, file: string): Promise<unknown> {
  const text = await (await fetchFile(dir, file)).text();
  if (text.trimStart().startsWith('<')) throw new BundleError(file, LOAD_BUNDLE_TEXT.webPage);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BundleError(file, trBoth(LOAD_BUNDLE_TEXT.invalidJson, (e as Error).message));
  }
}

/**
 * The files of a bundle, as fetched or as saved (`enterpriseText` is absent in format 1, which kept the
 * text in `enterprises`; `inspections` in a dataset without an inspection ledger).
 */
export interface BundleFiles {
  manifest: unknown;
  geo: unknown;
  enterprises: Uint8Array;
  enterpriseText?: Uint8Array;
  hazards: Uint8Array;
  inspections?: Uint8Array;
}

/** The files encodeBundle wrote, by name, as BundleFiles. */
export function bundleFilesOf(encoded: Record<string, Uint8Array | string>): BundleFiles {
  const json = (name: string) => {
    const v = encoded[name];
    return typeof v === 'string' ? JSON.parse(v) : v;
  };
  const bytes = (name: string) => encoded[name] as Uint8Array | undefined;
  const inspections = bytes('inspections.arrow');
  return {
    manifest: json('manifest.json'),
    geo: json('geo.json'),
    enterprises: bytes('enterprises.arrow')!,
    enterpriseText: bytes('enterprise-text.arrow'),
    hazards: bytes('hazards.arrow')!,
    ...(inspections ? { inspections } : {}),
  };
}

/** The first-picture part: manifest, geometry and the numeric columns, each checked (validate-bundle.ts). */
function decodeCore(
  manifestJson: unknown,
  geoJson: unknown,
  enterpriseBytes: Uint8Array,
): { core: CoreDataset; table: Table } {
  const manifest = validateManifest(manifestJson);
  const geo = validateGeo(geoJson, manifest);
  const { columns, table } = decodeCoreColumns(manifest, enterpriseBytes);
  return { core: { manifest, geo, enterprises: columns }, table };
}

function decodeText(manifest: DatasetManifest, bytes: Uint8Array): EnterpriseText {
  const table = readArrow('enterprise-text.arrow', bytes);
  validateEnterpriseText(table, manifest);
  return decodeEnterpriseText(table);
}

function decodeHazardFile(manifest: DatasetManifest, bytes: Uint8Array): HazardColumns {
  const table = readArrow('hazards.arrow', bytes);
  validateHazards(table, manifest);
  return decodeHazards(table);
}

function decodeInspectionFile(manifest: DatasetManifest, bytes: Uint8Array): InspectionColumns {
  const table = readArrow('inspections.arrow', bytes);
  validateInspections(table, manifest);
  return decodeInspections(table);
}

/** Whether a bundle has an inspection ledger: its manifest counts the inspections (a bundle built before the ledger existed does not). */
export const hasInspections = (m: DatasetManifest): boolean => m.inspections !== undefined;

/** Checks every file, then decodes all of it; a BundleError names the first file that is wrong. */
export function decodeBundleFiles(f: BundleFiles): Dataset {
  const { core, table } = decodeCore(f.manifest, f.geo, f.enterprises);
  const m = core.manifest;
  if (m.formatVersion > 1 && !f.enterpriseText)
    throw new BundleError('enterprise-text.arrow', LOAD_BUNDLE_TEXT.missingFile);
  const text =
    m.formatVersion === 1 ? decodeEnterpriseText(table, 'enterprises.arrow') : decodeText(m, f.enterpriseText!);
  const hazards = decodeHazardFile(m, f.hazards);
  if (!hasInspections(m)) return { ...core, text, hazards };
  if (!f.inspections) throw new BundleError('inspections.arrow', LOAD_BUNDLE_TEXT.missingFile);
  return { ...core, text, hazards, inspections: decodeInspectionFile(m, f.inspections) };
}

/** The parts `details()` fetches, each resolving on its own. */
export interface StreamedDetails {
  text: Promise<EnterpriseText>;
  hazards: Promise<HazardColumns>;
  /** The inspection ledger; undefined, with nothing fetched, when the dataset has none. */
  inspections: Promise<InspectionColumns | undefined>;
}

/**
 * A deployed bundle, loaded in two steps: `core` (manifest, geometry, the numeric columns) is what
 * the map and the filters need and arrives first; `details()` then fetches the names, the hazard
 * ledger and the inspection ledger, each resolving on its own, so the page can start them after its
 * first picture.
 */
export interface StreamedBundle {
  core: CoreDataset;
  details(): StreamedDetails;
}

/**
 * Fetches and decodes the first-picture columns elsewhere (the dataset worker, off the main thread),
 * given the file's absolute URL and the checked manifest; null leaves it to the page.
 */
export type CoreLoader = (url: string, manifest: DatasetManifest) => Promise<EnterpriseColumns | null> | null;

export async function loadBundle(id: string, base = './data/', loadCore?: CoreLoader): Promise<StreamedBundle> {
  if (!isDatasetId(id)) throw new Error(`"${id}" is not a valid dataset name`);
  const dir = `${base}${id}/`;
  const bytes = (file: string) => fetchFile(dir, file).then(async (r) => new Uint8Array(await r.arrayBuffer()));
  // The manifest first (small): it says how big the dataset is, and so where to decode it.
  const manifest = validateManifest(await fetchJson(dir, 'manifest.json'));
  const geoJson = fetchJson(dir, 'geo.json');
  const elsewhere =
    manifest.formatVersion > 1 && typeof location !== 'undefined'
      ? (loadCore?.(new URL(`${dir}enterprises.arrow`, location.href).href, manifest) ?? null)
      : null;
  const columns = elsewhere ? await elsewhere : null;
  const geo = validateGeo(await geoJson, manifest);
  let table: Table | null = null;
  let enterprises = columns;
  if (!enterprises) {
    const ent = await bytes('enterprises.arrow');
    performance.mark('dataset-fetched');
    ({ columns: enterprises, table } = decodeCoreColumns(manifest, ent));
  }
  const m = manifest;
  return {
    core: { manifest, geo, enterprises },
    details: () => ({
      // Format 1 kept the text in enterprises.arrow, already here.
      text:
        m.formatVersion === 1 && table
          ? Promise.resolve(decodeEnterpriseText(table, 'enterprises.arrow'))
          : bytes('enterprise-text.arrow').then((b) => decodeText(m, b)),
      hazards: bytes('hazards.arrow').then((b) => decodeHazardFile(m, b)),
      inspections: hasInspections(m)
        ? bytes('inspections.arrow').then((b) => decodeInspectionFile(m, b))
        : Promise.resolve(undefined),
    }),
  };
}

/** One entry of `data/datasets.json`, the list of bundles deployed with the app (written by the data build). */
export interface DeployedDataset {
  id: string;
  name: string;
  nameEn: string;
  demo: boolean;
  /** Its data date (YYYY-MM-DD) and its district (snapshots of one district share it); absent in lists written before. */
  asOf?: string;
  district?: string;
}

/** The deployed bundles, or [] when the list is missing or unreadable (an older deployment). */
export async function listDeployed(base = './data/'): Promise<DeployedDataset[]> {
  try {
    const r = await fetch(`${base}datasets.json`);
    if (!r.ok) return [];
    const list: unknown = await r.json();
    return Array.isArray(list)
      ? list.filter(
          (d): d is DeployedDataset => typeof d?.id === 'string' && isDatasetId(d.id) && typeof d.name === 'string',
        )
      : [];
  } catch {
    return [];
  }
}
