/**
 * `npm run build-data` on a bureau's own folder, as a bureau would run it: a GBK enterprise CSV with
 * a title row and Chinese headers, an .xlsx hazard ledger, zipped Gauss-Kruger Shapefiles, AMap
 * coordinates named with --coords. The bundle is written, and build-report.json lists every bad row
 * with the file, the row the user sees and the user's own column name.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from './demo/index.ts';
import { makeBureauFiles, type BureauFiles } from '../tests/fixtures/bureau-files.ts';
import type { DatasetManifest, ValidationIssue } from '../src/data/dataset.ts';

let root = '';
let fx: BureauFiles;
let run: ReturnType<typeof spawnSync>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'build-data-test-'));
  const demo = join(root, 'demo');
  generateDemo({ seed: 11, enterprises: 300, out: demo });
  fx = makeBureauFiles(demo, 250);
  const folder = join(root, 'bureau');
  mkdirSync(folder);
  for (const f of fx.files) writeFileSync(join(folder, f.name), f.buffer);
  run = spawnSync('npx', ['tsx', 'scripts/build-data.ts', folder, '--out', join(root, 'out'), '--coords', 'gcj02'], { encoding: 'utf8' });
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('build-data on a bureau folder', () => {
  it('reads each file in its role and writes the bundle', () => {
    expect(run.status, String(run.stderr)).toBe(0);
    expect(run.stdout).toMatch(/企业风险台账\.csv as enterprises: .*header on row 2, gb18030/);
    expect(run.stdout).toMatch(/隐患排查台账\.xlsx as hazards/);
    expect(run.stdout).toMatch(/镇街\.shp as towns: .*EPSG:4549/);
    const manifest = JSON.parse(readFileSync(join(root, 'out/bureau/manifest.json'), 'utf8')) as DatasetManifest;
    // Every good row, and not the unknown sector (no one assigned it on the command line).
    expect(manifest.enterprises).toBe(fx.enterprises.good);
    expect(manifest.hazards).toBe(fx.hazards.good);
    expect([manifest.towns.length, manifest.grids.length, manifest.parks.length]).toEqual([fx.towns, fx.grids, fx.parks]);
    expect(manifest.sourceCoords).toBe('gcj02');
    const list = JSON.parse(readFileSync(join(root, 'out/datasets.json'), 'utf8')) as { id: string }[];
    expect(list.map((d) => d.id)).toEqual(['bureau']);
  });

  it('reports every bad row with the line or row the user sees and the user\'s column', () => {
    const { issues } = JSON.parse(readFileSync(join(root, 'out/bureau/build-report.json'), 'utf8')) as { issues: ValidationIssue[] };
    const errors = issues.filter((i) => i.severity === 'error').map((i) => `${i.file}:${i.row}:${i.column}`);
    const [csv, xlsx] = [fx.files[0].name, fx.files[1].name];
    const [noCode, badLon, duplicate] = fx.enterprises.badLines;
    expect(errors.sort()).toEqual([
      `${csv}:${noCode}:统一社会信用代码`, `${csv}:${badLon}:经度`, `${csv}:${duplicate}:统一社会信用代码`,
      `${csv}:${fx.enterprises.unknownSectorLine}:行业领域`,
      `${xlsx}:${fx.hazards.badRows[0]}:统一社会信用代码`, `${xlsx}:${fx.hazards.badRows[1]}:发现日期`,
    ].sort());
    expect(issues.every((i) => i.reason && i.reasonZh)).toBe(true);
  });
});
