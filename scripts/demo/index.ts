/**
 * The seeded demo-district generator: a fictional district near Ningbo (临澄区) written in the
 * data-folder format of docs/data-format.md. Same seed and options give byte-identical files.
 * Geometry does not depend on the enterprise count; only enterprises and hazards scale with it.
 */
import { join } from 'node:path';
import { AreaIndex } from './area-index';
import { makeDistrict, makeRoads } from './district';
import { generateEnterprises } from './enterprises';
import { toGeometry } from './geometry';
import { type HazardStats, generateHazards } from './hazards';
import { DISTRICT_NAME, DISTRICT_NAME_EN } from './names';
import { makeParks } from './parks';
import { Rng } from './random';
import { DISTRICT_CODE, makeGrid, makeTowns } from './towns';
import { LineWriter, ensureDir, featureCollectionText, writeText } from './write';

export interface DemoOptions {
  seed?: number;
  enterprises?: number;
  /** Output folder. */
  out: string;
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
  /** Bytes per written file. */
  files: Record<string, number>;
  seconds: number;
}

export const AS_OF = '2026-10-31';
/** The ledger covers 18 months up to the data date. */
const LEDGER_START = '2025-05-01';

export function generateDemo(options: DemoOptions): DemoSummary {
  const t0 = performance.now();
  const seed = options.seed ?? 42;
  const count = options.enterprises ?? 5000;
  const dir = options.out;
  ensureDir(dir);
  const root = new Rng(seed);

  const district = makeDistrict(root.fork('district'));
  const towns = makeTowns(root.fork('towns'), district);
  const grid = makeGrid(root.fork('grid'), towns);
  const roads = makeRoads(
    root.fork('roads'),
    district,
    towns.filter((t) => t.kind === 'zhen').map((t) => t.seat),
  );
  const parks = makeParks(root.fork('parks'), towns, roads);

  const files: Record<string, number> = {};
  files['district.geojson'] = writeText(
    dir,
    'district.geojson',
    featureCollectionText([{ properties: { code: DISTRICT_CODE, name: DISTRICT_NAME }, geometry: toGeometry(district.shape) }]),
  );
  files['towns.geojson'] = writeText(
    dir,
    'towns.geojson',
    featureCollectionText(towns.map((t) => ({ properties: { code: t.code, name: t.name }, geometry: toGeometry(t.shape) }))),
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

  const entOut = new LineWriter(join(dir, 'enterprises.csv'));
  const table = generateEnterprises(root.fork('enterprises'), { district, towns, parks, roads }, count, entOut);
  entOut.close();
  files['enterprises.csv'] = entOut.bytes;

  const hazOut = new LineWriter(join(dir, 'hazards.csv'));
  const hazards = generateHazards(
    root.fork('hazards'),
    table,
    { start: new Date(`${LEDGER_START}T00:00:00Z`), asOf: new Date(`${AS_OF}T00:00:00Z`) },
    hazOut,
  );
  hazOut.close();
  files['hazards.csv'] = hazOut.bytes;

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
    files,
    seconds: (performance.now() - t0) / 1000,
  };
}
