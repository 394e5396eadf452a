/**
 * npm run build-data -- [data folder] [--out public/data] [--coords gcj02] [--allow-missing]
 * Builds one dataset bundle from a district data folder (docs/data-format.md): each role's file in
 * any accepted format (enterprises.csv|.xlsx|.xls, hazards.*, inspections.*, towns.geojson|.zip|.shp,
 * grid.*, parks.*, district.*, meta.json, risk-model.json), columns under any of the names bureaus use.
 * Validates, converts coordinates, joins enterprises to towns, grid cells and parks, scores them,
 * and writes the bundle plus build-report.json to public/data/<folder name>/.
 *
 * A file that cannot be read at all (junk bytes, a damaged or oversized zip, a workbook that
 * inflates past its size) is named with its reason. Rows with problems are reported and left out;
 * a whole file is not: without --allow-missing, one unreadable file means no bundle, so a deploy
 * script does not ship a dataset without, say, its hazard ledger. Exit codes, no bundle written
 * for any but 0:
 *   0  built (with --allow-missing, possibly without the unreadable files)
 *   1  nothing usable left (no enterprise or no town survived validation)
 *   2  no enterprise table or no town boundaries to build from (missing, or unreadable), or a
 *      file lacks a column its role requires
 *   3  a file could not be read, and --allow-missing was not given
 * 2 and 3 are decided before anything is built.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildOpened, openFolder, type UnreadableFile } from '../src/data/import/build/build-from-files.ts';
import { encodeBundle } from '../src/data/bundle.ts';
import { districtOf } from '../src/data/dataset.ts';
import type { DeployedDataset } from '../src/data/load-bundle.ts';
import { ImportError } from '../src/data/common/import-types.ts';
import { isMain } from './is-main.ts';

/** Where build-data writes what it has to say (the console, or a test's list). */
export type Out = Pick<Console, 'log' | 'warn' | 'error'>;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
/** "1 file unreadable (hazards.csv)": the count every ending line of a run gives. */
const unreadableText = (u: readonly UnreadableFile[]) =>
  `${plural(u.length, 'file')} unreadable${u.length ? ` (${u.map((f) => f.name).join(', ')})` : ''}`;

/**
 * Builds the bundle of one data folder, as the command line asks (arguments as after the script's
 * name). Returns the exit code (see the top of this file).
 */
export function buildData(argv: readonly string[], out: Out = console): number {
  const args = [...argv];
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const allowMissing = args.includes('--allow-missing');
  if (allowMissing) args.splice(args.indexOf('--allow-missing'), 1);
  const outRoot = flag('--out') ?? 'public/data';
  const coords = flag('--coords');
  const folder = resolve(args[0] ?? 'data/demo');
  const id = basename(folder);
  const started = performance.now();

  /** Exit 2: what the build cannot go without (see the top of this file). */
  const noBundle = (reason: string, unreadable: readonly UnreadableFile[]) => {
    out.error(`${folder}: ${reason} (see docs/data-format.md); bundle not written; ${unreadableText(unreadable)}`);
    return 2;
  };

  /**
   * Reads and builds in a scope of its own: the files' bytes and the session that holds them are left
   * behind once the build is done, so the bundle's encoding does not carry them (a third of a GB for
   * the million-enterprise bench) on top of its own buffers.
   */
  function build() {
    const files = readdirSync(folder)
      .filter((f) => statSync(join(folder, f)).isFile() && !f.startsWith('.') && f !== 'build-report.json')
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(folder, f))) }));
    const opened = openFolder(files, { coords });
    for (const s of opened.session.summaries()) {
      if (s.notData)
        out.warn(`note  ${s.name}: not a data file (not CSV, Excel, GeoJSON, Shapefile, JSON or zip); left out`);
      if (s.error) continue;
      if (s.role === 'ignore') {
        out.warn(`note  ${s.name}: not used (its name and content match no role)`);
        continue;
      }
      const what =
        s.kind === 'table'
          ? `${s.rows} rows, header on row ${s.headerRow}${s.encoding ? `, ${s.encoding}` : ''}${s.sheet ? `, sheet ${s.sheet}` : ''}`
          : s.kind === 'layer'
            ? `${s.features} features, ${s.crs?.label}${s.textEncoding ? `, text ${s.textEncoding.label} (${s.textEncoding.source})` : ''}`
            : 'JSON';
      out.log(`read  ${s.name} as ${s.role}: ${what}`);
      if (s.crs?.confirm) out.warn(`note  ${s.name}: ${s.crs.confirm.en}`);
    }
    // Each file's own reason, before anything that follows from its absence ("no town boundaries").
    const { unreadable } = opened;
    for (const u of unreadable) out.error(`ERROR ${u.name}: cannot be read: ${u.reason.en}`);
    // Decided before the build (joins, scoring), which would only be thrown away: first what nothing
    // can be built without (no enterprise table, no towns, a role's required column), then a file
    // that could not be read, which refuses the bundle unless --allow-missing.
    const blockers = opened.session.blockers(opened.choices);
    if (blockers.length) return noBundle(blockers.map((b) => b.en).join('; '), unreadable);
    if (unreadable.length && !allowMissing) {
      const them = unreadable.length === 1 ? 'it' : 'them';
      out.error(
        `${folder}: bundle not written: ${unreadableText(unreadable)}; fix or remove ${them}, or pass --allow-missing to build without ${them}`,
      );
      return 3;
    }
    try {
      return { built: buildOpened(id, opened, process.env.BUILD_DATE ?? undefined), unreadable };
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      return noBundle(e.reason.en, unreadable);
    }
  }
  const result = build();
  if (typeof result === 'number') return result;
  const { built, unreadable } = result;
  const { manifest, issues } = built;
  // buildOpened puts the unreadable files' own issues first (row 0); they were printed above with their reasons.
  const rowIssues = issues.slice(unreadable.length);
  for (const i of rowIssues.slice(0, 50)) {
    out.warn(
      `${i.severity === 'error' ? 'ERROR' : 'warn '} ${i.file}:${i.row} [${i.column}] ${i.value ? `"${i.value}" ` : ''}${i.reason}`,
    );
  }
  if (rowIssues.length > 50) out.warn(`... and ${rowIssues.length - 50} more (all in build-report.json)`);
  if (manifest.enterprises === 0 || manifest.towns.length === 0) {
    out.error(
      `${folder}: nothing usable left (${manifest.enterprises} enterprises, ${manifest.towns.length} towns); bundle not written; ${unreadableText(unreadable)}`,
    );
    return 1;
  }
  const dir = join(outRoot, id);
  mkdirSync(dir, { recursive: true });
  const files = encodeBundle(built);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  // A bundle rebuilt without its inspection ledger leaves none behind from an earlier build (nor its compressed copies).
  if (!('inspections.arrow' in files))
    for (const f of ['inspections.arrow', 'inspections.arrow.gz', 'inspections.arrow.br'])
      rmSync(join(dir, f), { force: true });
  writeFileSync(join(dir, 'build-report.json'), JSON.stringify({ issues }, null, 1));
  // The list of deployed bundles, for the app's dataset switcher.
  const listFile = join(outRoot, 'datasets.json');
  let list: DeployedDataset[] = [];
  try {
    if (existsSync(listFile)) list = JSON.parse(readFileSync(listFile, 'utf8'));
  } catch {
    list = [];
  }
  list = [
    ...list.filter((d) => d.id !== id),
    {
      id,
      name: manifest.name,
      nameEn: manifest.nameEn,
      demo: manifest.demo,
      asOf: manifest.asOf,
      district: districtOf(manifest),
    },
  ].sort((a, b) => (a.id === 'demo' ? -1 : b.id === 'demo' ? 1 : a.id.localeCompare(b.id)));
  writeFileSync(listFile, JSON.stringify(list, null, 1));
  const levels = [0, 0, 0, 0];
  for (let i = 0; i < built.enterprises.length; i++) levels[built.enterprises.level[i]]++;
  out.log(
    `built ${dir}: ${manifest.enterprises} enterprises (levels ${levels.join('/')}), ${manifest.hazards} hazards, ` +
      (manifest.inspections !== undefined ? `${manifest.inspections} inspections, ` : '') +
      `${manifest.towns.length} towns, ${manifest.grids.length} grid cells, ${manifest.parks.length} parks; ` +
      `${manifest.issueCounts.errors} rows rejected, ${manifest.issueCounts.warnings} warnings, ${unreadableText(unreadable)}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (isMain(import.meta.url)) {
  process.exitCode = buildData(process.argv.slice(2));
}
