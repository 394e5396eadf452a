/**
 * npm run build-data -- [data folder] [--out public/data]
 * Validates a district data folder (DATA-FORMAT.md), converts coordinates, joins enterprises to
 * towns, grid cells and parks, scores them, and writes the bundle to public/data/<folder name>/.
 * Exits non-zero only when nothing usable is left.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildDataset, type SourceFiles } from '../src/data/build/build-dataset.ts';
import { encodeBundle } from '../src/data/bundle.ts';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const outRoot = outFlag >= 0 ? args.splice(outFlag, 2)[1] : 'public/data';
const folder = resolve(args[0] ?? 'data/demo');
const id = basename(folder);
const started = performance.now();

const read = (f: string) => (existsSync(join(folder, f)) ? readFileSync(join(folder, f), 'utf8') : undefined);
const missing = ['towns.geojson', 'grid.geojson', 'parks.geojson', 'enterprises.csv'].filter((f) => !existsSync(join(folder, f)));
if (missing.length) {
  console.error(`${folder}: missing required file(s): ${missing.join(', ')} (see DATA-FORMAT.md)`);
  process.exit(2);
}
const src: SourceFiles = {
  towns: read('towns.geojson')!, grid: read('grid.geojson')!, parks: read('parks.geojson')!, enterprises: read('enterprises.csv')!,
  district: read('district.geojson'), hazards: read('hazards.csv'), meta: read('meta.json'), riskModel: read('risk-model.json'),
};
const built = buildDataset(id, src, process.env.BUILD_DATE ?? undefined);
const { manifest, issues } = built;
for (const i of issues.slice(0, 50)) {
  console.warn(`${i.severity === 'error' ? 'ERROR' : 'warn '} ${i.file}:${i.row} [${i.column}] ${i.value ? `"${i.value}" ` : ''}${i.reason}`);
}
if (issues.length > 50) console.warn(`... and ${issues.length - 50} more (all in build-report.json)`);
if (manifest.enterprises === 0 || manifest.towns.length === 0) {
  console.error(`${folder}: nothing usable left (${manifest.enterprises} enterprises, ${manifest.towns.length} towns); bundle not written`);
  process.exit(1);
}
const out = join(outRoot, id);
mkdirSync(out, { recursive: true });
for (const [file, content] of Object.entries(encodeBundle(built))) writeFileSync(join(out, file), content);
writeFileSync(join(out, 'build-report.json'), JSON.stringify({ issues }, null, 1));
const levels = [0, 0, 0, 0];
for (let i = 0; i < built.enterprises.length; i++) levels[built.enterprises.level[i]]++;
console.log(
  `built ${out}: ${manifest.enterprises} enterprises (levels ${levels.join('/')}), ${manifest.hazards} hazards, ` +
  `${manifest.towns.length} towns, ${manifest.grids.length} grid cells, ${manifest.parks.length} parks; ` +
  `${manifest.issueCounts.errors} rows rejected, ${manifest.issueCounts.warnings} warnings; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
