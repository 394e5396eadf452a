/**
 * The recipe of docs/architecture.md ("How to add an enterprise column"), checked: a throwaway
 * numeric column declared in ONE place, an entry added to the registry, is read by the import, written
 * to enterprises.arrow and read back, checked by the validator, written by the CSV, Excel and folder
 * exports, and shown in the drawer, with nothing else changed.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodeEnterpriseCore,
  decodeEnterpriseText,
  decodeHazards,
  encodeBundle,
  encodeEnterpriseCore,
} from '../../bundle.ts';
import { buildDataset } from '../../import/build/build-dataset.ts';
import type { EnterpriseColumns } from '../../columns.ts';
import type { Dataset, DatasetManifest } from '../../dataset.ts';
import { datasetToFolder } from '../../export-folder.ts';
import { CSV_HEADERS, enterpriseTable, tableCsv } from '../../export-csv.ts';
import { tablesXlsx } from '../../export-xlsx.ts';
import { ImportSession } from '../../import/prepare.ts';
import { readArrow, validateEnterprises } from '../../validate-bundle.ts';
import { defineColumns, type DrawerWords } from './column-types.ts';
import { drawerRows } from './drawer-rows.ts';
import { ENTERPRISE_COLUMNS } from './enterprise-columns.ts';

// ---------------------------------------------------------------- the one place

const INSPECTIONS = { zh: '近一年检查次数', en: 'Inspections (1 year)' };
const REGISTRY = defineColumns({
  ...ENTERPRISE_COLUMNS,
  inspections1y: {
    type: 'Uint8',
    file: 'enterprises.arrow',
    range: () => ({ lo: 0, hi: 100, what: { zh: '检查次数应小于 100', en: 'inspections should be below 100' } }),
    import: {
      field: 'inspections_1y',
      label: { zh: '近一年检查次数', en: 'Inspections (1 y)' },
      aliases: ['近一年检查次数', '检查次数'],
    },
    parse: (cell) => cell.count(99),
    folder: (x) => String(x.c.inspections1y[x.i]),
    export: { header: INSPECTIONS, kind: 'count', value: (x) => x.c.inspections1y[x.i] },
    drawer: { label: INSPECTIONS, value: (x) => String(x.c.inspections1y[x.i]) },
  },
});

// ---------------------------------------------------------------- a small district with the column

const square = (x0: number, y0: number, x1: number, y1: number) => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];
const layer = (code: string, props: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code, name: `${code}区`, ...props },
        geometry: { type: 'Polygon', coordinates: square(121.4, 29.8, 121.6, 29.9) },
      },
    ],
  });
const ENTERPRISES = [
  'credit_code,name,lon,lat,sector,scale,employees,检查次数',
  'C001,甲厂,121.42,29.82,machinery,small,20,3',
  'C002,乙厂,121.55,29.85,textile,large,300,',
  'C003,丙厂,121.45,29.85,commerce,micro,5,很多',
].join('\n');

function build() {
  const enc = new TextEncoder();
  const session = new ImportSession([
    { name: 'enterprises.csv', bytes: enc.encode(ENTERPRISES) },
    { name: 'towns.geojson', bytes: enc.encode(layer('T1')) },
    { name: 'grid.geojson', bytes: enc.encode(layer('G1', { town_code: 'T1', grid_worker: '张三' })) },
    { name: 'meta.json', bytes: enc.encode(JSON.stringify({ name: '测试区', as_of: '2026-06-30' })) },
  ]);
  const sources = session.sources(session.defaultChoices());
  // The dialog maps a field by the names its entry gives; the standard schema does not know this one.
  sources.enterprises.mapping.inspections_1y = sources.enterprises.table.header.indexOf('检查次数');
  return buildDataset('test', sources, '2026-07-01T00:00:00Z', undefined, REGISTRY);
}

const built = build();
const files = encodeBundle(built);
// encodeBundle writes the standard columns; the registry's own writer adds the new one.
const core = encodeEnterpriseCore(built.enterprises, REGISTRY);
const manifest = JSON.parse(files['manifest.json'] as string) as DatasetManifest;
const dataset: Dataset = {
  manifest,
  geo: JSON.parse(files['geo.json'] as string),
  enterprises: decodeEnterpriseCore(core, REGISTRY),
  text: decodeEnterpriseText(files['enterprise-text.arrow'] as Uint8Array),
  hazards: decodeHazards(files['hazards.arrow'] as Uint8Array),
};
type WithInspections = EnterpriseColumns & { inspections1y: Uint8Array };
const inspections = (c: EnterpriseColumns) => Array.from((c as WithInspections).inspections1y);
const ALL = [0, 1, 2];

describe('a column declared in one place', () => {
  it('is read by the import with its parser, an odd value warned and read as 0', () => {
    expect(inspections(built.enterprises)).toEqual([3, 0, 0]);
    expect(built.issues.filter((i) => i.column === 'inspections_1y').map((i) => [i.row, i.value, i.severity])).toEqual([
      [4, '很多', 'warning'],
    ]);
  });

  it('is written to enterprises.arrow and read back as its typed array', () => {
    expect(dataset.enterprises).toHaveProperty('inspections1y');
    expect((dataset.enterprises as WithInspections).inspections1y).toBeInstanceOf(Uint8Array);
    expect(inspections(dataset.enterprises)).toEqual([3, 0, 0]);
    // The standard registry neither writes nor expects it.
    expect(
      readArrow('enterprises.arrow', files['enterprises.arrow'] as Uint8Array).getChild('inspections1y'),
    ).toBeNull();
  });

  it('is checked by the validator: present, of its type, within its range', () => {
    const m = { ...manifest, formatVersion: 2 as const };
    expect(() => validateEnterprises(readArrow('enterprises.arrow', core), m, REGISTRY)).not.toThrow();
    expect(() =>
      validateEnterprises(readArrow('enterprises.arrow', files['enterprises.arrow'] as Uint8Array), m, REGISTRY),
    ).toThrow(/column inspections1y is missing/);
    const wide = defineColumns({ ...ENTERPRISE_COLUMNS, inspections1y: { type: 'Int32', file: 'enterprises.arrow' } });
    const c = { ...built.enterprises, inspections1y: Int32Array.from(inspections(built.enterprises)) };
    expect(() =>
      validateEnterprises(readArrow('enterprises.arrow', encodeEnterpriseCore(c, wide)), m, REGISTRY),
    ).toThrow(/column inspections1y should be Uint8Array, not Int32Array/);
    const out = { ...built.enterprises, inspections1y: Uint8Array.from([3, 150, 0]) };
    expect(() =>
      validateEnterprises(readArrow('enterprises.arrow', encodeEnterpriseCore(out, REGISTRY)), m, REGISTRY),
    ).toThrow(/row 2 has inspections1y 150; inspections should be below 100/);
  });

  it('is the last column of the CSV and Excel lists, in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const table = enterpriseTable(dataset, ALL, lang, undefined, REGISTRY);
      expect(table.headers).toEqual([...CSV_HEADERS[lang], INSPECTIONS[lang]]);
      expect(table.rows.map((r) => r.at(-1))).toEqual([3, 0, 0]);
      const csv = tableCsv(table).split('\r\n');
      expect(csv[0].endsWith(`,${INSPECTIONS[lang]}`)).toBe(true);
      expect(csv[1].endsWith(',3')).toBe(true);
      const xlsx = unzipSync(await tablesXlsx([table]));
      expect(strFromU8(xlsx['xl/sharedStrings.xml'])).toContain(INSPECTIONS[lang]);
    }
    // The standard lists stay as they are.
    expect(enterpriseTable(dataset, ALL, 'zh').headers).toEqual(CSV_HEADERS.zh);
  });

  it('is the last column of the folder export, under its import field, and builds back in', () => {
    const csv = datasetToFolder(dataset, REGISTRY)['enterprises.csv'].trim().split('\n');
    expect(csv[0].endsWith(',risk_level,inspections_1y')).toBe(true);
    expect(csv.slice(1).map((l) => l.split(',').at(-1))).toEqual(['3', '0', '0']);
    expect(datasetToFolder(dataset)['enterprises.csv'].split('\n')[0].endsWith(',risk_level')).toBe(true);
  });

  it('is the last row of the drawer', () => {
    const words: DrawerWords = {
      lang: 'en',
      say: (t) => t.en,
      list: (items) => items.join(', '),
      parens: (s) => ` (${s})`,
      none: 'None',
      yes: 'Yes',
      no: 'No',
      pending: '…',
    };
    const rows = drawerRows(dataset, dataset.text, 0, words, REGISTRY);
    expect(rows.at(-1)).toEqual({ key: 'inspections1y', label: INSPECTIONS, value: '3' });
    expect(rows.slice(0, -1)).toEqual(drawerRows(dataset, dataset.text, 0, words));
  });
});
