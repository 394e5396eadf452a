/**
 * Fetches a dataset bundle (src/data/bundle.ts) from `<base>data/<id>/`, relative to the page, so the
 * built app works under any sub-path. Errors name the file and what to do.
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

export async function loadBundle(id: string, base = './data/'): Promise<Dataset> {
  if (!isDatasetId(id)) throw new Error(`"${id}" is not a valid dataset name`);
  const dir = `${base}${id}/`;
  const [manifestJson, geo, ent, haz] = await Promise.all([
    fetchOk(`${dir}manifest.json`).then((r) => r.json()),
    fetchOk(`${dir}geo.json`).then((r) => r.json() as Promise<DatasetGeo>),
    fetchOk(`${dir}enterprises.arrow`).then((r) => r.arrayBuffer()),
    fetchOk(`${dir}hazards.arrow`).then((r) => r.arrayBuffer()),
  ]);
  const manifest = checkManifest(manifestJson);
  const { columns, text } = decodeEnterprises(new Uint8Array(ent));
  return { manifest, geo, enterprises: columns, text, hazards: decodeHazards(new Uint8Array(haz)) };
}
