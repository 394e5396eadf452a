/**
 * npm run build-data -- [data folder] [--out public/data] [--coords gcj02]
 * Builds one dataset bundle from a district data folder (docs/data-format.md): each role's file in
 * any accepted format (enterprises.csv|.xlsx|.xls, hazards.*, towns.geojson|.zip|.shp, grid.*,
 * parks.*, district.*, meta.json, risk-model.json), columns under any of the names bureaus use.
 * Validates, converts coordinates, joins enterprises to towns, grid cells and parks, scores them,
 * and writes the bundle plus build-report.json to public/data/<folder name>/.
 * Exits non-zero only when nothing usable is left.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildFromFiles } from '../src/data/build/build-from-files.ts';
import { encodeBundle } from '../src/data/bundle.ts';
import { ImportError } from '../src/data/import/types.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const outRoot = flag('--out') ?? 'public/data';
const coords = flag('--coords');
const folder = resolve(args[0] ?? 'data/demo');
const id = basename(folder);
const started = performance.now();

/**
 * Reads and builds in a scope of its own: the files' bytes and the session that holds them are left
 * behind once the build is done, so the bundle's encoding does not carry them (a third of a GB for
 * the million-enterprise bench) on top of its own buffers.
 */
function build() {
  const files = readdirSync(folder)
    .filter((f) => statSync(join(folder, f)).isFile() && !f.startsWith('.') && f !== 'build-report.json')
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(folder, f))) }));
  try {
    const { built, session } = buildFromFiles(id, files, { coords, builtAt: process.env.BUILD_DATE ?? undefined });
    return { built, summaries: session.summaries() };
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    console.error(`${folder}: ${e.reason.en} (see docs/data-format.md)`);
    process.exit(2);
  }
}
const { built, summaries } = build();
for (const s of summaries) {
  if (s.error) continue;
  if (s.role === 'ignore') {
    console.warn(`note  ${s.name}: not used (its name and content match no role)`);
    continue;
  }
  const what = s.kind === 'table'
    ? `${s.rows} rows, header on row ${s.headerRow}${s.encoding ? `, ${s.encoding}` : ''}${s.sheet ? `, sheet ${s.sheet}` : ''}`
    : s.kind === 'layer' ? `${s.features} features, ${s.crs?.label}${s.textEncoding ? `, text ${s.textEncoding.label} (${s.textEncoding.source})` : ''}` : 'JSON';
  console.log(`read  ${s.name} as ${s.role}: ${what}`);
  if (s.crs?.confirm) console.warn(`note  ${s.name}: ${s.crs.confirm.en}`);
}
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
// The list of deployed bundles, for the app's dataset switcher.
const listFile = join(outRoot, 'datasets.json');
let list: { id: string; name: string; nameEn: string; demo: boolean }[] = [];
try {
  if (existsSync(listFile)) list = JSON.parse(readFileSync(listFile, 'utf8'));
} catch {
  list = [];
}
list = [...list.filter((d) => d.id !== id), { id, name: manifest.name, nameEn: manifest.nameEn, demo: manifest.demo }].sort((a, b) => (a.id === 'demo' ? -1 : b.id === 'demo' ? 1 : a.id.localeCompare(b.id)));
writeFileSync(listFile, JSON.stringify(list, null, 1));
const levels = [0, 0, 0, 0];
for (let i = 0; i < built.enterprises.length; i++) levels[built.enterprises.level[i]]++;
console.log(
  `built ${out}: ${manifest.enterprises} enterprises (levels ${levels.join('/')}), ${manifest.hazards} hazards, ` +
  `${manifest.towns.length} towns, ${manifest.grids.length} grid cells, ${manifest.parks.length} parks; ` +
  `${manifest.issueCounts.errors} rows rejected, ${manifest.issueCounts.warnings} warnings; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
