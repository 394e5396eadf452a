/** What the tests compute themselves from a built bundle, independently of the app; and bigger demo bundles for them. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeEnterpriseCore, decodeEnterpriseText, encodeBundle } from '../../src/data/bundle.ts';
import type { DatasetManifest } from '../../src/data/dataset.ts';
import { buildDatasetFromText } from '../../src/data/import/build/build-from-files.ts';
import { generateDemo } from '../../scripts/demo/index.ts';

/** Generates and builds a demo district of `enterprises` rows into `out` (the bundle of dataset `id`), unless it is there. */
export function writeDemoBundle(out: string, id: string, seed: number, enterprises: number): void {
  if (existsSync(join(out, 'manifest.json'))) return;
  const src = join(tmpdir(), `risk-map-${id}`);
  generateDemo({ seed, enterprises, out: src });
  const read = (f: string) => readFileSync(join(src, f), 'utf8');
  const built = buildDatasetFromText(id, {
    towns: read('towns.geojson'),
    grid: read('grid.geojson'),
    parks: read('parks.geojson'),
    district: read('district.geojson'),
    enterprises: read('enterprises.csv'),
    hazards: read('hazards.csv'),
    meta: read('meta.json'),
  });
  mkdirSync(out, { recursive: true });
  for (const [file, content] of Object.entries(encodeBundle(built))) writeFileSync(join(out, file), content);
  rmSync(src, { recursive: true, force: true });
}

export function readBundle(dir: string) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DatasetManifest;
  const columns = decodeEnterpriseCore(new Uint8Array(readFileSync(join(dir, 'enterprises.arrow'))));
  const text = decodeEnterpriseText(new Uint8Array(readFileSync(join(dir, 'enterprise-text.arrow'))));
  return { manifest, columns, text };
}

/** An enterprise of the given level whose nearest neighbour is at least `minMetres` away, so a pointer on it hits only it. */
export function isolatedEnterprise(
  columns: ReturnType<typeof readBundle>['columns'],
  level: number,
  minMetres = 60,
  scales?: readonly number[],
): number {
  const n = columns.length;
  const mPerDegLat = 111_320;
  const mPerDegLon = 111_320 * Math.cos((columns.lat[0] * Math.PI) / 180);
  for (let i = 0; i < n; i++) {
    if (columns.level[i] !== level || (scales && !scales.includes(columns.scale[i]))) continue;
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      if (j === i) continue;
      const dx = (columns.lon[j] - columns.lon[i]) * mPerDegLon;
      const dy = (columns.lat[j] - columns.lat[i]) * mPerDegLat;
      if (dx * dx + dy * dy < minMetres * minMetres) ok = false;
    }
    if (ok) return i;
  }
  throw new Error(`no isolated enterprise of level ${level}`);
}
