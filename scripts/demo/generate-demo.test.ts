import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area, booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromFiles } from '../../src/data/import/build/build-from-files';
import { CSV_FLAG_KEYS } from '../../src/domain/flags';
import { INSPECTION_KINDS } from '../../src/domain/supervision/inspection-kinds';
import { PARK_TYPES } from '../../src/domain/parks';
import { SECTORS } from '../../src/domain/sectors';
import { isValidUscc, orgCheckChar, usccCheckChar } from './credit-code';
import { mergeParts, type EnterprisePart } from './enterprises';
import { type DemoSummary, enterpriseSeed, generateDemo, joinPartFiles, partFile } from './index';
import { TextStore } from './text-store';
import { newRiskRecord } from './risk-record';

type Area = Feature<Polygon | MultiPolygon, Record<string, string>>;
const FILES = [
  'district.geojson',
  'towns.geojson',
  'grid.geojson',
  'parks.geojson',
  'enterprises.csv',
  'hazards.csv',
  'inspections.csv',
  'meta.json',
];
const N = 400;

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'demo-test-'));
  dirs.push(d);
  return d;
};
const geo = (dir: string, f: string) =>
  JSON.parse(readFileSync(join(dir, f), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
const csv = (dir: string, f: string) => {
  const text = readFileSync(join(dir, f), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { text, rows: parsed.data, header: parsed.meta.fields ?? [] };
};

let a = '';
let b = '';
let summary: DemoSummary;

beforeAll(() => {
  a = tempDir();
  b = tempDir();
  summary = generateDemo({ seed: 7, enterprises: N, out: a });
  generateDemo({ seed: 7, enterprises: N, out: b });
}, 120_000);

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('determinism', () => {
  it('writes exactly the data-folder files', () => {
    expect(readdirSync(a).sort()).toEqual([...FILES].sort());
  });

  it('gives byte-identical files for the same seed', () => {
    for (const f of FILES) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it('gives different enterprises for a different seed', () => {
    const c = tempDir();
    generateDemo({ seed: 8, enterprises: N, out: c });
    expect(readFileSync(join(c, 'enterprises.csv'), 'utf8')).not.toEqual(
      readFileSync(join(a, 'enterprises.csv'), 'utf8'),
    );
  }, 60_000);
});

describe('a district made in parts', () => {
  it('gives the same files from a worker thread as on one thread, every credit code once; a district of one part is the same however large the part', () => {
    const one = tempDir();
    const parts = tempDir();
    const threads = tempDir();
    generateDemo({ seed: 7, enterprises: N, out: one, partSize: N });
    for (const f of FILES) expect(readFileSync(join(one, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    generateDemo({ seed: 7, enterprises: N, out: parts, partSize: 150 });
    // The command line makes the later parts on a worker thread.
    const r = spawnSync(
      'npx',
      [
        'tsx',
        'scripts/generate-demo.ts',
        '--seed',
        '7',
        '--enterprises',
        String(N),
        '--part-size',
        '150',
        '--out',
        threads,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(threads).sort()).toEqual([...FILES].sort());
    for (const f of FILES) expect(readFileSync(join(threads, f)).equals(readFileSync(join(parts, f))), f).toBe(true);
    const rows = csv(parts, 'enterprises.csv').rows;
    expect(rows).toHaveLength(N);
    expect(new Set(rows.map((e) => e.credit_code)).size).toBe(N);
    // Parts draw from streams of their own: the later rows are not the single-part district's.
    expect(readFileSync(join(parts, 'enterprises.csv'), 'utf8')).not.toEqual(
      readFileSync(join(a, 'enterprises.csv'), 'utf8'),
    );
    expect(readFileSync(join(parts, 'grid.geojson')).equals(readFileSync(join(a, 'grid.geojson')))).toBe(true);
  }, 120_000);

  it('draws again a credit code that a later part repeats, and says where in the file of that part it goes', () => {
    const part = (start: number, codes: string[]): EnterprisePart => {
      const store = new TextStore();
      codes.forEach((c) => store.push(c));
      return {
        start,
        end: start + codes.length,
        codes: store,
        sector: codes.map(() => 'machinery'),
        flags: new Uint16Array(codes.length),
        propensity: new Float32Array(codes.length).fill(1),
        assessed: 1,
        lineStarts: Float64Array.from(codes, (_, i) => 10 + 100 * i),
        risk: newRiskRecord(codes.length),
      };
    };
    const x = '91330299MA2AAAAA0X';
    const y = '91330299MA2BBBBB0X';
    const { table, patches } = mergeParts(enterpriseSeed(7), [part(0, [x, y]), part(2, ['91330299MA2CCCCC0X', y])]);
    expect(table.count).toBe(4);
    expect(table.assessed).toBe(2);
    expect(patches).toHaveLength(1);
    expect(patches[0]).toMatchObject({ part: 1, offset: 110 });
    expect(patches[0].code).toHaveLength(y.length);
    expect(isValidUscc(patches[0].code)).toBe(true);
    expect(Array.from({ length: 4 }, (_, i) => table.codes.text(i))).toEqual([
      x,
      y,
      '91330299MA2CCCCC0X',
      patches[0].code,
    ]);
  });
});

describe("joining the parts' files", () => {
  it("writes each redrawn code over the old one in its part's file, appends the parts in order and removes their files", () => {
    const dir = tempDir();
    writeFileSync(partFile(dir, 0), 'credit_code,name\nAAAA,甲\nBBBB,乙\n');
    writeFileSync(partFile(dir, 1), 'CCCC,丙\nBBBB,丁\n');
    writeFileSync(partFile(dir, 2), 'DDDD,戊\n');
    joinPartFiles(dir, 3, [{ part: 1, offset: Buffer.byteLength('CCCC,丙\n'), code: 'EEEE' }]);
    expect(readFileSync(partFile(dir, 0), 'utf8')).toBe(
      'credit_code,name\nAAAA,甲\nBBBB,乙\nCCCC,丙\nEEEE,丁\nDDDD,戊\n',
    );
    expect(readdirSync(dir)).toEqual(['enterprises.csv']);
  });
});

describe('geometry', () => {
  it('has a district of 400-800 km2 partitioned by 12-18 towns', () => {
    const district = geo(a, 'district.geojson').features;
    expect(district).toHaveLength(1);
    const km2 = area(district[0]) / 1e6;
    expect(km2).toBeGreaterThan(400);
    expect(km2).toBeLessThan(800);
    const towns = geo(a, 'towns.geojson').features;
    expect(towns.length).toBeGreaterThanOrEqual(12);
    expect(towns.length).toBeLessThanOrEqual(18);
    for (const t of towns) {
      expect(Object.keys(t.properties)).toEqual(['code', 'name']);
      expect(t.properties.code).toMatch(/^330299\d{3}$/);
      expect(t.properties.name).toMatch(/(街道|镇)$/);
    }
    expect(new Set(towns.map((t) => t.properties.code)).size).toBe(towns.length);
    const sum = towns.reduce((s, t) => s + area(t), 0) / 1e6;
    expect(Math.abs(sum - km2) / km2).toBeLessThan(0.005);
  });

  it('has 150-300 grid cells, each in an existing town', () => {
    const codes = new Set(geo(a, 'towns.geojson').features.map((t) => t.properties.code));
    const grid = geo(a, 'grid.geojson').features;
    expect(grid.length).toBeGreaterThanOrEqual(150);
    expect(grid.length).toBeLessThanOrEqual(300);
    expect(new Set(grid.map((g) => g.properties.code)).size).toBe(grid.length);
    for (const g of grid) {
      expect(Object.keys(g.properties)).toEqual([
        'code',
        'name',
        'town_code',
        'grid_worker',
        'grid_worker_phone',
        'responsible_person',
      ]);
      expect(codes.has(g.properties.town_code)).toBe(true);
      expect(g.properties.code.startsWith(`${g.properties.town_code}-`)).toBe(true);
      expect(g.properties.grid_worker_phone).toMatch(/^1\d{10}$/);
    }
    // The cells of each town cover it.
    for (const t of geo(a, 'towns.geojson').features) {
      const cells = grid.filter((g) => g.properties.town_code === t.properties.code);
      const sum = cells.reduce((s, g) => s + area(g), 0);
      expect(Math.abs(sum - area(t)) / area(t), t.properties.name).toBeLessThan(0.005);
    }
  });

  it('has 30-60 parks of valid types and sizes, each inside one town', () => {
    const towns = geo(a, 'towns.geojson').features as Area[];
    const parks = geo(a, 'parks.geojson').features as Area[];
    expect(parks.length).toBeGreaterThanOrEqual(30);
    expect(parks.length).toBeLessThanOrEqual(60);
    const types = new Set<string>(PARK_TYPES.map((t) => t.key));
    for (const p of parks) {
      expect(Object.keys(p.properties)).toEqual(['code', 'name', 'type', 'managing_body']);
      expect(types.has(p.properties.type)).toBe(true);
      const km2 = area(p) / 1e6;
      expect(km2).toBeGreaterThanOrEqual(0.05 * 0.99);
      expect(km2).toBeLessThanOrEqual(3 * 1.01);
      const ring = (p.geometry as Polygon).coordinates[0];
      const homes = new Set(ring.map((c) => towns.findIndex((t) => booleanPointInPolygon(point(c), t))));
      expect(homes.size, p.properties.name).toBe(1);
      expect(homes.has(-1)).toBe(false);
    }
    expect(new Set(parks.map((p) => p.properties.code)).size).toBe(parks.length);
    expect(summary.parksAcrossGrid).toBeGreaterThan(0);
  });
});

describe('enterprises.csv', () => {
  it('has the data-format columns, plausible values and every point in the district', () => {
    const { text, header, rows } = csv(a, 'enterprises.csv');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\r');
    expect(header).toEqual([
      'credit_code',
      'name',
      'lon',
      'lat',
      'sector',
      'industry_code',
      'address',
      'scale',
      'employees',
      'flags',
      'standardization_grade',
      'accidents_3y',
      'major_accident_3y',
      'penalties_1y',
      'risk_score',
      'risk_level',
    ]);
    expect(rows).toHaveLength(N);
    const district = geo(a, 'district.geojson').features[0];
    const sectors = new Set(SECTORS.map((s) => s.key));
    const flags = new Set(CSV_FLAG_KEYS);
    for (const r of rows) {
      expect(booleanPointInPolygon(point([Number(r.lon), Number(r.lat)]), district), r.name).toBe(true);
      expect(sectors.has(r.sector)).toBe(true);
      expect(['large', 'medium', 'small', 'micro']).toContain(r.scale);
      for (const f of r.flags ? r.flags.split(';') : []) expect(flags.has(f), f).toBe(true);
      expect(r.flags.split(';')).not.toContain('small_micro');
      expect(['0', '1', '2', '3']).toContain(r.standardization_grade);
      expect(['true', 'false']).toContain(r.major_accident_3y);
      expect(r.risk_score === '').toBe(r.risk_level === '');
      if (r.risk_score) expect(['major', 'significant', 'general', 'low']).toContain(r.risk_level);
    }
    const small = rows.filter((r) => r.scale === 'small' || r.scale === 'micro').length;
    expect(small / N).toBeGreaterThan(0.8);
  });

  it('has unique credit codes with valid check characters', () => {
    const { rows } = csv(a, 'enterprises.csv');
    const codes = rows.map((r) => r.credit_code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) {
      expect(c).toMatch(/^913302\d{2}[0-9A-HJ-NPQRTUWXY]{10}$/);
      expect(isValidUscc(c), c).toBe(true);
      expect(orgCheckChar(c.slice(8, 16))).toBe(c[16]);
    }
  });

  it('computes GB 32100 and GB 11714 check characters like the standards', () => {
    // The worked example of GB 32100-2015.
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(orgCheckChar('M000100Y')).toBe('4');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
  });
});

describe('hazards.csv', () => {
  it('is a consistent ledger ordered by found date then id', () => {
    const { header, rows } = csv(a, 'hazards.csv');
    expect(header).toEqual([
      'id',
      'credit_code',
      'found_date',
      'level',
      'status',
      'deadline',
      'closed_date',
      'source',
      'description',
      'responsible_person',
      'listed_supervision',
    ]);
    const codes = new Set(csv(a, 'enterprises.csv').rows.map((r) => r.credit_code));
    expect(rows.length).toBeGreaterThan(N);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const asOf = JSON.parse(readFileSync(join(a, 'meta.json'), 'utf8')).as_of as string;
    rows.forEach((r, i) => {
      expect(codes.has(r.credit_code)).toBe(true);
      expect(r.found_date <= asOf).toBe(true);
      expect(r.deadline > r.found_date).toBe(true);
      expect(['general', 'major']).toContain(r.level);
      expect(['open', 'in_progress', 'awaiting_recheck', 'closed']).toContain(r.status);
      expect(['self_check', 'enforcement', 'grid_patrol', 'public_report']).toContain(r.source);
      expect(r.closed_date !== '').toBe(r.status === 'closed');
      if (r.closed_date) expect(r.closed_date >= r.found_date && r.closed_date <= asOf).toBe(true);
      if (i > 0) {
        const p = rows[i - 1];
        expect(p.found_date < r.found_date || (p.found_date === r.found_date && p.id < r.id)).toBe(true);
      }
    });
    const closed = rows.filter((r) => r.status === 'closed').length / rows.length;
    expect(closed).toBeGreaterThan(0.6);
    expect(closed).toBeLessThan(0.9);
  });
});

describe('inspections.csv', () => {
  it('is a consistent ledger of the two years up to the data date, ordered by date then id', () => {
    const { header, rows } = csv(a, 'inspections.csv');
    expect(header).toEqual([
      'id',
      'credit_code',
      'date',
      'kind',
      'unit',
      'inspectors',
      'result',
      'hazards_found',
      'penalty',
    ]);
    const codes = new Set(csv(a, 'enterprises.csv').rows.map((r) => r.credit_code));
    const asOf = JSON.parse(readFileSync(join(a, 'meta.json'), 'utf8')).as_of as string;
    expect(rows).toHaveLength(summary.inspections.count);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const kinds = INSPECTION_KINDS.map((k) => k.key as string);
    const byKind = kinds.map(() => 0);
    rows.forEach((r, i) => {
      expect(codes.has(r.credit_code)).toBe(true);
      expect(r.date >= '2024-11-01' && r.date <= asOf, r.date).toBe(true);
      expect(kinds).toContain(r.kind);
      byKind[kinds.indexOf(r.kind)]++;
      expect(r.unit).not.toBe('');
      expect(r.inspectors).not.toBe('');
      expect(r.result).not.toBe('');
      expect(r.hazards_found).toMatch(/^\d+$/);
      expect(r.result === '未发现问题').toBe(r.hazards_found === '0');
      // Patrols and self-checks impose no penalty; an administrative inspection says no, or gives the fine.
      if (r.kind === 'grid_patrol' || r.kind === 'self_check') expect(r.penalty).toBe('');
      else expect(r.penalty === 'no' || Number(r.penalty) >= 2000, r.penalty).toBe(true);
      if (i > 0) {
        const p = rows[i - 1];
        expect(p.date < r.date || (p.date === r.date && p.id < r.id)).toBe(true);
      }
    });
    expect(byKind).toEqual(summary.inspections.byKind);
    expect(byKind.every((k) => k > 0)).toBe(true);
    expect(rows.length / N).toBeGreaterThan(2);
    expect(rows.length / N).toBeLessThan(4);
  });

  it('inspects enterprises the more often the higher their level, as built from these files', () => {
    const files = readdirSync(a).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(a, f))) }));
    const built = buildFromFiles('demo', files, { builtAt: '2026-11-01T00:00:00Z' }).built;
    const x = built.inspections!;
    expect(built.manifest.inspections).toBe(summary.inspections.count);
    // Administrative inspections (the first four kinds) per enterprise, by level shown.
    const admin = [0, 0, 0, 0];
    const n = [0, 0, 0, 0];
    for (let i = 0; i < built.enterprises.length; i++) n[built.enterprises.level[i]]++;
    for (let k = 0; k < x.length; k++) if (x.kind[k] <= 3) admin[built.enterprises.level[x.enterprise[k]]]++;
    const rate = admin.map((c, l) => c / Math.max(1, n[l]));
    expect(n.every((c) => c > 0)).toBe(true);
    // About every 3, 6 and 12 months over two years; 低 now and then.
    // A small district has only a handful of 重大 enterprises, one of which may be never inspected.
    expect(rate[0]).toBeGreaterThan(4);
    expect(rate[1]).toBeGreaterThan(2.5);
    expect(rate[2]).toBeGreaterThan(1.2);
    expect(rate[3]).toBeLessThan(0.5);
    expect(rate[0] > rate[1] && rate[1] > rate[2] && rate[2] > rate[3]).toBe(true);
  });
});

describe('meta.json', () => {
  it('names a fictional demo district', () => {
    const meta = JSON.parse(readFileSync(join(a, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ as_of: '2026-10-31', coords: 'wgs84', demo: true, seed: 7 });
    expect(meta.name).toContain('示例');
  });
});
