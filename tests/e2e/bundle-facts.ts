/** What the tests compute themselves from a built bundle, independently of the app. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEnterprises } from '../../src/data/bundle.ts';
import type { DatasetManifest } from '../../src/data/dataset.ts';

export function readBundle(dir: string) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DatasetManifest;
  const { columns, text } = decodeEnterprises(new Uint8Array(readFileSync(join(dir, 'enterprises.arrow'))));
  return { manifest, columns, text };
}

/** An enterprise of the given level whose nearest neighbour is at least `minMetres` away, so a pointer on it hits only it. */
export function isolatedEnterprise(columns: ReturnType<typeof readBundle>['columns'], level: number, minMetres = 60, scales?: readonly number[]): number {
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
