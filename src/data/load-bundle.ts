/**
 * Reads a dataset bundle (src/data/bundle.ts): from `<base>data/<id>/`, relative to the page, so the
 * built app works under any sub-path, or from the bytes of a saved import. Errors name the file and
 * what to do.
 */
import { checkManifest, decodeEnterprises, decodeHazards } from './bundle.ts';
import type { Dataset, DatasetGeo } from './dataset.ts';

/** Dataset ids are folder names: letters, digits, dash and underscore only, so a URL cannot point elsewhere. */
export function isDatasetId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

async function fetchOk(url: string): Promise<Response> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}${r.status === 404 ? ' (run npm run build-data for this dataset)' : ''}`);
  return r;
}

/** The four files of a bundle, as fetched or as saved. */
export interface BundleFiles {
  manifest: unknown;
  geo: unknown;
  enterprises: Uint8Array;
  hazards: Uint8Array;
}

export function decodeBundleFiles(f: BundleFiles): Dataset {
  const manifest = checkManifest(f.manifest);
  const { columns, text } = decodeEnterprises(f.enterprises);
  return { manifest, geo: f.geo as DatasetGeo, enterprises: columns, text, hazards: decodeHazards(f.hazards) };
}

export async function loadBundle(id: string, base = './data/'): Promise<Dataset> {
  if (!isDatasetId(id)) throw new Error(`"${id}" is not a valid dataset name`);
  const dir = `${base}${id}/`;
  const [manifest, geo, ent, haz] = await Promise.all([
    fetchOk(`${dir}manifest.json`).then((r) => r.json()),
    fetchOk(`${dir}geo.json`).then((r) => r.json()),
    fetchOk(`${dir}enterprises.arrow`).then((r) => r.arrayBuffer()),
    fetchOk(`${dir}hazards.arrow`).then((r) => r.arrayBuffer()),
  ]);
  return decodeBundleFiles({ manifest, geo, enterprises: new Uint8Array(ent), hazards: new Uint8Array(haz) });
}

/** One entry of `data/datasets.json`, the list of bundles deployed with the app (written by the data build). */
export interface DeployedDataset { id: string; name: string; nameEn: string; demo: boolean }

/** The deployed bundles, or [] when the list is missing or unreadable (an older deployment). */
export async function listDeployed(base = './data/'): Promise<DeployedDataset[]> {
  try {
    const r = await fetch(`${base}datasets.json`);
    if (!r.ok) return [];
    const list: unknown = await r.json();
    return Array.isArray(list) ? list.filter((d): d is DeployedDataset => typeof d?.id === 'string' && isDatasetId(d.id) && typeof d.name === 'string') : [];
  } catch {
    return [];
  }
}
