/**
 * Reads a dataset bundle (src/data/bundle.ts): from `<base>data/<id>/`, relative to the page, so the
 * built app works under any sub-path, or from the bytes of a saved import. Errors name the file and
 * what to do.
 */
import { decodeEnterprises, decodeHazards } from './bundle.ts';
import type { Dataset } from './dataset.ts';
import { BundleError, readArrow, validateEnterprises, validateGeo, validateHazards, validateManifest } from './validate-bundle.ts';

/** Dataset ids are folder names: letters, digits, dash and underscore only, so a URL cannot point elsewhere. */
export function isDatasetId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

async function fetchFile(dir: string, file: string): Promise<Response> {
  let r: Response;
  try {
    r = await fetch(`${dir}${file}`);
  } catch (e) {
    throw new BundleError(file, { zh: `无法下载（${(e as Error).message}）：请检查网络或服务器`, en: `could not be downloaded (${(e as Error).message}); check the network or the server` });
  }
  if (!r.ok) {
    throw new BundleError(file, r.status === 404
      ? { zh: '服务器上没有这个文件（HTTP 404）', en: 'is not on the server (HTTP 404)' }
      : { zh: `服务器返回 HTTP ${r.status}`, en: `the server answered HTTP ${r.status}` });
  }
  return r;
}

/** A JSON file, with a message that names it when it is not JSON (a web page, a file cut short). */
async function fetchJson(dir: string, file: string): Promise<unknown> {
  const text = await (await fetchFile(dir, file)).text();
  if (text.trimStart().startsWith('<')) throw new BundleError(file, { zh: '服务器返回的是网页而不是数据文件', en: 'the server sent a web page instead of the data file' });
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BundleError(file, { zh: `不是完整有效的 JSON（可能被截断）：${(e as Error).message}`, en: `is not complete, valid JSON (it may be cut short): ${(e as Error).message}` });
  }
}

/** The four files of a bundle, as fetched or as saved. */
export interface BundleFiles {
  manifest: unknown;
  geo: unknown;
  enterprises: Uint8Array;
  hazards: Uint8Array;
}

/** Checks every file (validate-bundle.ts), then decodes; a BundleError names the first file that is wrong. */
export function decodeBundleFiles(f: BundleFiles): Dataset {
  const manifest = validateManifest(f.manifest);
  const geo = validateGeo(f.geo, manifest);
  const enterprises = readArrow('enterprises.arrow', f.enterprises);
  validateEnterprises(enterprises, manifest);
  const hazards = readArrow('hazards.arrow', f.hazards);
  validateHazards(hazards, manifest);
  const { columns, text } = decodeEnterprises(enterprises);
  return { manifest, geo, enterprises: columns, text, hazards: decodeHazards(hazards) };
}

export async function loadBundle(id: string, base = './data/'): Promise<Dataset> {
  if (!isDatasetId(id)) throw new Error(`"${id}" is not a valid dataset name`);
  const dir = `${base}${id}/`;
  const [manifest, geo, ent, haz] = await Promise.all([
    fetchJson(dir, 'manifest.json'),
    fetchJson(dir, 'geo.json'),
    fetchFile(dir, 'enterprises.arrow').then((r) => r.arrayBuffer()),
    fetchFile(dir, 'hazards.arrow').then((r) => r.arrayBuffer()),
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
