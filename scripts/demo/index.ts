/**
 * The seeded demo-district generator: a fictional district near Ningbo (临澄区) written in the
 * data-folder format of docs/data-format.md. Same seed and options give byte-identical files.
 * Geometry does not depend on the enterprise count; only enterprises and the ledgers scale with it.
 */
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AreaIndex } from './area-index';
import { makeDistrict, makeRoads } from './district';
import {
  type CodePatch,
  type EnterprisePart,
  type PartPlan,
  generateEnterprisePart,
  mergeParts,
  planParts,
} from './enterprises';
import { toGeometry } from './geometry';
import { type HazardStats, generateHazards } from './hazards';
import { type InspectionStats, generateInspections } from './inspections';
import { DISTRICT_NAME, DISTRICT_NAME_EN } from './names';
import { makeParks } from './parks';
import type { World } from './placement';
import { Rng } from './random';
import { newHazardCounts, shownLevels } from './risk-record';
import { DISTRICT_CODE, makeGrid, makeTowns } from './towns';
import { LineWriter, ensureDir, featureCollectionText, writeText } from './write';

export interface DemoOptions {
  seed?: number;
  enterprises?: number;
  /** Output folder. */
  out: string;
  /** Enterprises per part (PART_SIZE); smaller in tests, to make several parts of a small district. */
  partSize?: number;
}

export interface DemoSummary {
  seed: number;
  out: string;
  towns: number;
  grid: number;
  parks: number;
  /** Parks whose outline crosses more than one grid cell. */
  parksAcrossGrid: number;
  districtKm2: number;
  enterprises: number;
  assessed: number;
  hazards: HazardStats;
  inspections: InspectionStats;
  /** Bytes per written file. */
  files: Record<string, number>;
  seconds: number;
}

export const AS_OF = '2026-10-31';
/** The hazard ledger covers 18 months up to the data date. */
const LEDGER_START = '2025-05-01';
/** The inspection ledger covers the two years up to the data date. */
const INSPECTIONS_START = '2024-11-01';

/** The district, its towns, roads and parks: what placing enterprises needs (the same in every thread). */
export function makeWorld(seed: number): World {
  const root = new Rng(seed);
  const district = makeDistrict(root.fork('district'));
  const towns = makeTowns(root.fork('towns'), district);
  const roads = makeRoads(
    root.fork('roads'),
    district,
    towns.filter((t) => t.kind === 'zhen').map((t) => t.seat),
  );
  const parks = makeParks(root.fork('parks'), towns, roads);
  return { district, towns, roads, parks };
}

/** The seed of the enterprise stream, which every part starts from. */
export const enterpriseSeed = (seed: number) => new Rng(seed).fork('enterprises').seed;

/** Part k's rows go to a file of their own until they are appended to enterprises.csv. */
export const partFile = (dir: string, k: number) =>
  k === 0 ? join(dir, 'enterprises.csv') : join(dir, `.enterprises.part-${k}.csv`);

/** One part of the enterprises, and the bytes of its file. */
export interface MadePart extends EnterprisePart {
  bytes: number;
}

/** Makes one part of the enterprises into its file (what a worker thread runs for the later parts). */
export function makePart(seed: number, world: World, count: number, part: PartPlan, dir: string): MadePart {
  const out = new LineWriter(partFile(dir, part.index));
  const made = generateEnterprisePart(enterpriseSeed(seed), world, count, part, out);
  out.close();
  return { ...made, bytes: out.bytes };
}

/** Runs the later parts of the enterprises (the first is made on the calling thread meanwhile); stops when `signal` aborts. */
export type PartRunner = (
  seed: number,
  count: number,
  parts: readonly PartPlan[],
  dir: string,
  signal: AbortSignal,
) => Promise<MadePart[]>;

/** The same files as generateDemo, with the later enterprise parts made by `runParts` (worker threads, in generate-demo.ts). */
export async function generateDemoWith(options: DemoOptions, runParts: PartRunner): Promise<DemoSummary> {
  const run = setUp(options);
  const { seed, count, dir, plan } = run;
  const stop = new AbortController();
  const later = runParts(seed, count, plan.slice(1), dir, stop.signal);
  try {
    const first = firstPart(run);
    return finish(run, first, [first.part, ...(await later)]);
  } catch (e) {
    // The later parts are stopped and waited for, so that no thread is left writing, and their files go.
    stop.abort();
    await later.catch(() => undefined);
    removePartFiles(dir, plan.length);
    throw e;
  }
}

/** Writes the demo district's files into `options.out`, every part on this thread. */
export function generateDemo(options: DemoOptions): DemoSummary {
  const run = setUp(options);
  const { seed, count, dir, plan } = run;
  try {
    const first = firstPart(run);
    return finish(run, first, [first.part, ...plan.slice(1).map((p) => makePart(seed, first.world, count, p, dir))]);
  } catch (e) {
    removePartFiles(dir, plan.length);
    throw e;
  }
}

/** The later parts' files, where a failed run left them. */
function removePartFiles(dir: string, parts: number): void {
  for (let k = 1; k < parts; k++) rmSync(partFile(dir, k), { force: true });
}

/** One run of the generator: its options resolved, the parts planned and the clock started. */
interface Run {
  t0: number;
  seed: number;
  count: number;
  dir: string;
  plan: PartPlan[];
}

function setUp(options: DemoOptions): Run {
  const t0 = performance.now();
  const seed = options.seed ?? 42;
  const count = options.enterprises ?? 5000;
  const dir = options.out;
  ensureDir(dir);
  return { t0, seed, count, dir, plan: planParts(count, options.partSize) };
}

/** The geometry files, then the first part of the enterprises. */
function firstPart({ seed, count, dir, plan }: Run) {
  const world = makeWorld(seed);
  const { district, towns, parks } = world;
  const grid = makeGrid(new Rng(seed).fork('grid'), towns);

  const files: Record<string, number> = {};
  files['district.geojson'] = writeText(
    dir,
    'district.geojson',
    featureCollectionText([
      { properties: { code: DISTRICT_CODE, name: DISTRICT_NAME }, geometry: toGeometry(district.shape) },
    ]),
  );
  files['towns.geojson'] = writeText(
    dir,
    'towns.geojson',
    featureCollectionText(
      towns.map((t) => ({ properties: { code: t.code, name: t.name }, geometry: toGeometry(t.shape) })),
    ),
  );
  files['grid.geojson'] = writeText(
    dir,
    'grid.geojson',
    featureCollectionText(
      grid.map((g) => ({
        properties: {
          code: g.code,
          name: g.name,
          town_code: towns[g.town].code,
          grid_worker: g.worker,
          grid_worker_phone: g.phone,
          responsible_person: g.responsible,
        },
        geometry: toGeometry(g.shape),
      })),
    ),
  );
  files['parks.geojson'] = writeText(
    dir,
    'parks.geojson',
    featureCollectionText(
      parks.map((p) => ({
        properties: { code: p.code, name: p.name, type: p.type, managing_body: p.managingBody },
        geometry: toGeometry([[p.ring]]),
      })),
    ),
  );
  return { world, grid, files, part: makePart(seed, world, count, plan[0], dir) };
}

/** Credit codes patched into the later parts' files, then those files appended to enterprises.csv (exported for its test). */
export function joinPartFiles(dir: string, parts: number, patches: readonly CodePatch[]): void {
  for (const p of patches) {
    const fd = openSync(partFile(dir, p.part), 'r+');
    const bytes = Buffer.from(p.code, 'latin1');
    writeSync(fd, bytes, 0, bytes.length, p.offset);
    closeSync(fd);
  }
  const out = openSync(partFile(dir, 0), 'a');
  const buf = Buffer.allocUnsafe(4 << 20);
  try {
    for (let k = 1; k < parts; k++) {
      const fd = openSync(partFile(dir, k), 'r');
      for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) {
        for (let done = 0; done < n;) done += writeSync(out, buf, done, n - done);
      }
      closeSync(fd);
      unlinkSync(partFile(dir, k));
    }
  } finally {
    closeSync(out);
  }
}

function finish(
  { t0, seed, count, dir }: Run,
  { world, grid, files }: ReturnType<typeof firstPart>,
  parts: MadePart[],
): DemoSummary {
  const { district, towns, parks } = world;
  const { table, patches } = mergeParts(enterpriseSeed(seed), parts);
  joinPartFiles(dir, parts.length, patches);
  files['enterprises.csv'] = parts.reduce((a, p) => a + p.bytes, 0);

  const hazOut = new LineWriter(join(dir, 'hazards.csv'));
  const open = newHazardCounts(table.count);
  const hazards = generateHazards(
    new Rng(seed).fork('hazards'),
    table,
    { start: new Date(`${LEDGER_START}T00:00:00Z`), asOf: new Date(`${AS_OF}T00:00:00Z`) },
    hazOut,
    open,
  );
  hazOut.close();
  files['hazards.csv'] = hazOut.bytes;

  // A stream of its own, so the files before it stay as they were.
  const inspOut = new LineWriter(join(dir, 'inspections.csv'));
  const inspections = generateInspections(
    new Rng(seed).fork('inspections'),
    table,
    shownLevels(table.risk, table.flags, open),
    towns.map((t) => t.name),
    { start: new Date(`${INSPECTIONS_START}T00:00:00Z`), asOf: new Date(`${AS_OF}T00:00:00Z`) },
    inspOut,
  );
  inspOut.close();
  files['inspections.csv'] = inspOut.bytes;

  const meta = { name: DISTRICT_NAME, name_en: DISTRICT_NAME_EN, as_of: AS_OF, coords: 'wgs84', demo: true, seed };
  files['meta.json'] = writeText(dir, 'meta.json', `${JSON.stringify(meta, null, 2)}\n`);

  const gridIndex = new AreaIndex(
    grid.map((g) => g.shape),
    256,
  );
  const parksAcrossGrid = parks.filter((p) => new Set(p.ring.map(([x, y]) => gridIndex.find(x, y))).size > 1).length;

  return {
    seed,
    out: dir,
    towns: towns.length,
    grid: grid.length,
    parks: parks.length,
    parksAcrossGrid,
    districtKm2: district.area,
    enterprises: count,
    assessed: table.assessed,
    hazards,
    inspections,
    files,
    seconds: (performance.now() - t0) / 1000,
  };
}
