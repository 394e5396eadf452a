/**
 * A dataset downloaded as a data folder builds again into the same dataset: same enterprises in the
 * same places with the same levels, same hazards, towns, grid cells (with their workers) and parks.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../scripts/demo/index.ts';
import { buildFromFiles } from './build/build-from-files.ts';
import { encodeBundle } from './bundle.ts';
import { datasetToFolder } from './export-folder.ts';
import { bundleFilesOf, decodeBundleFiles } from './load-bundle.ts';
import type { BuiltDataset } from './build/build-dataset.ts';

const dir = mkdtempSync(join(tmpdir(), 'export-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function roundTrip(built: BuiltDataset) {
  const b = encodeBundle(built);
  return decodeBundleFiles(bundleFilesOf(b));
}

describe('datasetToFolder', () => {
  it('writes a folder that builds into the same dataset', () => {
    generateDemo({ seed: 5, enterprises: 400, out: dir });
    const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
    const first = roundTrip(buildFromFiles('a', files, { builtAt: '2026-11-01T00:00:00Z' }).built);
    const folder = datasetToFolder(first);
    expect(Object.keys(folder).sort()).toEqual(['district.geojson', 'enterprises.csv', 'grid.geojson', 'hazards.csv', 'meta.json', 'parks.geojson', 'risk-model.json', 'towns.geojson']);
    const again = roundTrip(buildFromFiles('b', Object.entries(folder).map(([name, t]) => ({ name, bytes: new TextEncoder().encode(t) })), { builtAt: '2026-11-01T00:00:00Z' }).built);

    const a = first.enterprises;
    const b = again.enterprises;
    expect(b.length).toBe(a.length);
    for (let i = 0; i < a.length; i++) {
      expect(again.text.creditCode.get(i)).toBe(first.text.creditCode.get(i));
      expect(Math.abs(b.lon[i] - a.lon[i])).toBeLessThan(1e-6);
      expect(Math.abs(b.lat[i] - a.lat[i])).toBeLessThan(1e-6);
      for (const k of ['level', 'sector', 'scale', 'flags', 'town', 'grid', 'park', 'hazardsOpen', 'hazardsOverdue'] as const) expect(b[k][i], `${k} of row ${i}`).toBe(a[k][i]);
    }
    expect(again.hazards.length).toBe(first.hazards.length);
    expect(again.manifest.asOf).toBe(first.manifest.asOf);
    expect(again.manifest.grids).toEqual(first.manifest.grids);
    expect(again.manifest.parks.map((p) => [p.code, p.type, p.managingBody])).toEqual(first.manifest.parks.map((p) => [p.code, p.type, p.managingBody]));
    expect(again.manifest.towns.map((t) => t.code)).toEqual(first.manifest.towns.map((t) => t.code));
  }, 60_000);
});
