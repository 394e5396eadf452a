/**
 * A dataset downloaded as a data folder builds again into the same dataset: same enterprises in the
 * same places with the same levels, same hazards, towns, grid cells (with their workers) and parks.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../scripts/demo/index.ts';
import { buildFromFiles } from './import/build/build-from-files.ts';
import { encodeBundle } from './bundle.ts';
import { datasetToFolder } from './export-folder.ts';
import { readCsv } from './import/csv.ts';
import { bundleFilesOf, decodeBundleFiles } from './load-bundle.ts';
import type { BuiltDataset } from './import/build/build-dataset.ts';

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
    expect(Object.keys(folder).sort()).toEqual([
      'district.geojson',
      'enterprises.csv',
      'grid.geojson',
      'hazards.csv',
      'inspections.csv',
      'meta.json',
      'parks.geojson',
      'risk-model.json',
      'towns.geojson',
    ]);
    const again = roundTrip(
      buildFromFiles(
        'b',
        Object.entries(folder).map(([name, t]) => ({ name, bytes: new TextEncoder().encode(t) })),
        { builtAt: '2026-11-01T00:00:00Z' },
      ).built,
    );

    const a = first.enterprises;
    const b = again.enterprises;
    expect(b.length).toBe(a.length);
    for (let i = 0; i < a.length; i++) {
      expect(again.text.creditCode.get(i)).toBe(first.text.creditCode.get(i));
      expect(Math.abs(b.lon[i] - a.lon[i])).toBeLessThan(1e-6);
      expect(Math.abs(b.lat[i] - a.lat[i])).toBeLessThan(1e-6);
      for (const k of [
        'level',
        'sector',
        'scale',
        'flags',
        'town',
        'grid',
        'park',
        'hazardsOpen',
        'hazardsOverdue',
      ] as const)
        expect(b[k][i], `${k} of row ${i}`).toBe(a[k][i]);
    }
    expect(again.hazards.length).toBe(first.hazards.length);
    // The inspection ledger, every value (a fine, a penalty without one, kinds and counts not given).
    const x = first.inspections!;
    const y = again.inspections!;
    expect(y.length).toBe(x.length);
    expect(x.length).toBeGreaterThan(0);
    for (const k of ['enterprise', 'day', 'kind', 'hazardsFound', 'penalty', 'fine'] as const)
      expect(Array.from(y[k]), k).toEqual(Array.from(x[k]));
    for (const k of ['id', 'unit', 'inspectors', 'result'] as const)
      for (let i = 0; i < x.length; i += 97) expect(y[k].get(i), `${k} ${i}`).toBe(x[k].get(i));
    expect(again.manifest.asOf).toBe(first.manifest.asOf);
    expect(again.manifest.grids).toEqual(first.manifest.grids);
    expect(again.manifest.parks.map((p) => [p.code, p.type, p.managingBody])).toEqual(
      first.manifest.parks.map((p) => [p.code, p.type, p.managingBody]),
    );
    expect(again.manifest.towns.map((t) => t.code)).toEqual(first.manifest.towns.map((t) => t.code));
  }, 60_000);
});

/**
 * Imported text that a spreadsheet would run as a formula (CSV injection) is written with the same
 * guard as the table and ledger exports (export-csv.ts neutraliseFormula), and the CSV import takes
 * the guard off again (csv.ts unguardCell), so the folder still builds into the same values.
 */
describe('datasetToFolder and formulas', () => {
  const square = [
    [
      [121.4, 29.8],
      [121.5, 29.8],
      [121.5, 29.9],
      [121.4, 29.9],
      [121.4, 29.8],
    ],
  ];
  const towns = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: 'T1', name: '甲街道' },
        geometry: { type: 'Polygon', coordinates: square },
      },
    ],
  });
  const attacks = [
    '=HYPERLINK("http://example.invalid/","点击")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '+1+2',
    "-2+3+cmd|' /C calc'!A0",
    '-2.5',
  ];
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  // One enterprise per attack, the attack as its name, its address and its industry code; one hazard each, as its description and person.
  const enterprises = [
    'credit_code,name,lon,lat,sector,industry_code,address',
    ...attacks.map((a, i) => `E${i},${q(a)},121.4${i + 1},29.85,machinery,${q(a)},${q(a)}`),
  ].join('\n');
  const hazards = [
    'id,credit_code,found_date,level,status,description,responsible_person',
    ...attacks.map((a, i) => `H${i},E${i},2026-05-01,general,open,${q(a)},${q(a)}`),
  ].join('\n');
  // One inspection per attack, the attack as its id, unit, inspectors and result; the penalty cells in the forms a ledger writes.
  const penalties = ['罚款5000元', '否', '是', '', '2万元'];
  const inspections = [
    'id,credit_code,date,kind,unit,inspectors,result,hazards_found,penalty',
    ...attacks.map(
      (a, i) =>
        `${q(a)},E${i},2026-05-0${i + 1},${i === 3 ? '' : 'enforcement'},${q(a)},${q(a)},${q(a)},${i === 2 ? '' : i},${penalties[i]}`,
    ),
  ].join('\n');
  const files = {
    'towns.geojson': towns,
    'enterprises.csv': enterprises,
    'hazards.csv': hazards,
    'inspections.csv': inspections,
    'meta.json': JSON.stringify({ name: '测试区', as_of: '2026-06-30' }),
  };
  const build = (f: Record<string, string>) =>
    roundTrip(
      buildFromFiles(
        'f',
        Object.entries(f).map(([name, t]) => ({ name, bytes: new TextEncoder().encode(t) })),
        { builtAt: '2026-07-01T00:00:00Z' },
      ).built,
    );
  const first = build(files);
  const folder = datasetToFolder(first);
  const cells = (csv: string) => Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
  const texts = (d: typeof first) => ({
    name: attacks.map((_, i) => d.text.name.get(i)),
    address: attacks.map((_, i) => d.text.address.get(i)),
    industry: attacks.map((_, i) => d.text.industryCode.get(i)),
    description: attacks.map((_, i) => d.hazards.description.get(i)),
    person: attacks.map((_, i) => d.hazards.responsiblePerson.get(i)),
    inspection: attacks.map((_, i) => [
      d.inspections!.id.get(i),
      d.inspections!.unit.get(i),
      d.inspections!.inspectors.get(i),
      d.inspections!.result.get(i),
    ]),
    penalty: attacks.map((_, i) => [
      d.inspections!.kind[i],
      d.inspections!.hazardsFound[i],
      d.inspections!.penalty[i],
      d.inspections!.fine[i],
    ]),
  });

  it('imports the attacks as they were written (the test data holds what it should)', () => {
    expect(first.enterprises.length).toBe(attacks.length);
    expect(first.hazards.length).toBe(attacks.length);
    expect(texts(first).name).toEqual(attacks);
    expect(texts(first).description).toEqual(attacks);
    expect(texts(first).inspection).toEqual(attacks.map((a) => [a, a, a, a]));
    expect(texts(first).penalty).toEqual([
      [0, 0, 1, 5000],
      [0, 1, 0, NaN],
      [0, -1, 1, NaN],
      [255, 3, 255, NaN],
      [0, 4, 1, 20000],
    ]);
  });

  it('writes no text cell that a spreadsheet would run', () => {
    const ent = cells(folder['enterprises.csv']);
    const haz = cells(folder['hazards.csv']);
    const col = (rows: string[][], name: string) => rows.slice(1).map((r) => r[rows[0].indexOf(name)]);
    for (const name of ['name', 'industry_code', 'address'])
      expect(col(ent, name)).toEqual(attacks.map((a) => `'${a}`));
    for (const name of ['description', 'responsible_person'])
      expect(col(haz, name)).toEqual(attacks.map((a) => `'${a}`));
    const insp = cells(folder['inspections.csv']);
    for (const name of ['id', 'unit', 'inspectors', 'result'])
      expect(col(insp, name)).toEqual(attacks.map((a) => `'${a}`));
    expect(col(insp, 'penalty')).toEqual(['5000', 'no', 'yes', '', '20000']);
    // Numbers the folder writes itself are numbers, not guarded text.
    expect(col(ent, 'lon')).toEqual(attacks.map((_, i) => `121.4${i + 1}00000`));
  });

  it('guards a leading tab or CR too (the import trims them, but a dataset may hold them)', () => {
    const padded = ['\t=1+1', '\r=1+1'];
    const name = {
      ...first.text.name,
      get: (i: number) => padded[i] ?? first.text.name.get(i),
    } as typeof first.text.name;
    const csv = datasetToFolder({ ...first, text: { ...first.text, name } })['enterprises.csv'];
    expect(
      cells(csv)
        .slice(1, 3)
        .map((r) => r[1]),
    ).toEqual(padded.map((p) => `'${p}`));
    const back = readCsv('enterprises.csv', new TextEncoder().encode(csv));
    expect([back.rows.cell(1, 1), back.rows.cell(2, 1)]).toEqual(padded);
  });

  it('builds again into the same values, and a guarded -2.5 still reads as the number -2.5', () => {
    const again = build(folder);
    expect(texts(again)).toEqual(texts(first));
    const raw = readCsv('enterprises.csv', new TextEncoder().encode(folder['enterprises.csv']));
    const address = raw.rows.row(0).indexOf('address');
    const row = 1 + attacks.indexOf('-2.5');
    expect(raw.rows.cell(row, address)).toBe('-2.5');
    expect(raw.rows.number(row, address)).toBe(-2.5);
  });
});
