/**
 * prepare.ts ImportSession: a bureau's mixed bag of files in, roles guessed, blockers named, and
 * a dataset built from the confirmed choices.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build/build-dataset.ts';
import { ImportSession } from './prepare.ts';
import { ImportError, type ImportFile } from '../common/import-types.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
type Box = [number, number, number, number];
const polygon = ([x0, y0, x1, y1]: Box) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});
const layer = (features: { props: Record<string, unknown>; box: Box }[]) =>
  utf8(
    JSON.stringify({
      type: 'FeatureCollection',
      features: features.map((f) => ({ type: 'Feature', properties: f.props, geometry: polygon(f.box) })),
    }),
  );

const T1: Box = [121.4, 29.8, 121.5, 29.9];
const T2: Box = [121.5, 29.8, 121.6, 29.9];
const TOWNS = layer([
  { props: { 行政区划代码: '330201001', 乡镇名称: '甲街道' }, box: T1 },
  { props: { 行政区划代码: '330201002', 乡镇名称: '乙镇' }, box: T2 },
]);
const GRID = layer([
  { props: { 网格编码: 'G1', 网格名称: '甲一', 所属镇街代码: '330201001', 网格员: '张三' }, box: T1 },
  { props: { 网格编码: 'G2', 网格名称: '乙一', 所属镇街代码: '330201002', 网格员: '李四' }, box: T2 },
]);

/** Enterprises: [credit code, name, lon, lat, sector, employees]; the lon says which town it is in. */
const ENTERPRISES: [string, string, number, number, string, string][] = [];
for (let i = 0; i < 12; i++)
  ENTERPRISES.push([
    `9133020${String(i).padStart(2, '0')}MA2A0000X`,
    `企业${i}`,
    121.405 + i * 0.015,
    29.81 + (i % 5) * 0.017,
    i % 2 ? '机械' : '危险化学品',
    `${10 + i}人`,
  ]);
const ENT_HEADER = [
  '序号',
  '统一社会信用代码',
  '单位名称',
  '东经',
  '北纬',
  '所属行业',
  '注册地址',
  '职工人数',
  '风险等级',
];

function enterpriseCsv(dropColumn?: string): Uint8Array {
  const keep = ENT_HEADER.map((h) => h !== dropColumn);
  const cells = (row: string[]) => row.filter((_, k) => keep[k]).join(',');
  const lines = ['某区工贸企业安全生产台账' + ','.repeat(keep.filter(Boolean).length - 1), cells(ENT_HEADER)];
  ENTERPRISES.forEach(([code, name, lon, lat, sector, emp], i) =>
    lines.push(
      cells([
        String(i + 1),
        code,
        name,
        String(lon),
        String(lat),
        sector,
        `"某路${i}号, 3幢"`,
        emp,
        i % 3 ? '一般' : '较大',
      ]),
    ),
  );
  return utf8(lines.join('\r\n') + '\r\n');
}

/** Hazards: two for every third enterprise, one of them closed. */
const HAZARDS = ENTERPRISES.filter((_, i) => i % 3 === 0).flatMap(([code], k) => [
  [`H${k}a`, code, '2026-03-05', '2026-04-05', '一般隐患', '整改中', '否'],
  [`H${k}b`, code, '2026/3/6', '2026/5/1', '重大隐患', '已销号', '是'],
]);
const hazardsCsv = () =>
  utf8(
    ['隐患编号,社会信用代码,发现时间,整改时限,隐患级别,整改情况,是否挂牌督办', ...HAZARDS.map((h) => h.join(','))].join(
      '\n',
    ),
  );

/** Inspections: one for every second enterprise, by name (the ledger has no credit codes), one with a fine. */
const INSPECTIONS = ENTERPRISES.filter((_, i) => i % 2 === 0).map(([, name], k) => [
  `JC${k}`,
  name,
  '2026-05-0' + (1 + (k % 9)),
  k % 3 ? '执法检查' : '网格巡查',
  '执法大队一中队',
  k === 1 ? '罚款5000元' : '否',
]);
const inspectionsCsv = () =>
  utf8(['检查编号,被检查单位,检查日期,检查类型,检查单位,行政处罚', ...INSPECTIONS.map((x) => x.join(','))].join('\n'));

const META = utf8(JSON.stringify({ name: '测试区', as_of: '2026-06-30' }));

function files(enterprises = enterpriseCsv()): ImportFile[] {
  return [
    { name: '边界.zip', bytes: zipSync({ 'towns.geojson': TOWNS, 'grid.geojson': GRID }) },
    { name: '企业台账.csv', bytes: enterprises },
    { name: '隐患台账.csv', bytes: hazardsCsv() },
    { name: 'meta.json', bytes: META },
    { name: 'notes.docx', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) },
  ];
}

const byName = (s: ImportSession) => Object.fromEntries(s.summaries().map((f) => [f.name, f]));

describe('ImportSession', () => {
  it('unpacks the zip and guesses every role; a junk file keeps its error and is ignored', () => {
    const s = new ImportSession(files());
    const f = byName(s);
    expect(Object.keys(f).sort()).toEqual(
      [
        'meta.json',
        'notes.docx',
        '企业台账.csv',
        '边界.zip/grid.geojson',
        '边界.zip/towns.geojson',
        '隐患台账.csv',
      ].sort(),
    );
    expect(Object.fromEntries(Object.entries(f).map(([n, x]) => [n, x.role]))).toEqual({
      '边界.zip/towns.geojson': 'towns',
      '边界.zip/grid.geojson': 'grid',
      '企业台账.csv': 'enterprises',
      '隐患台账.csv': 'hazards',
      'meta.json': 'meta',
      'notes.docx': 'ignore',
    });
    expect(f['notes.docx'].error?.en).toMatch(/unknown file type/);
    expect(f['notes.docx'].kind).toBeUndefined();
    expect(f['meta.json'].kind).toBe('json');
    expect(f['边界.zip/towns.geojson']).toMatchObject({ kind: 'layer', features: 2, geometryTypes: ['Polygon'] });
    expect(f['边界.zip/towns.geojson'].crs?.crs).toBe('wgs84');
  });

  it('finds the enterprise header under the title, with the counts and mapping a user sees', () => {
    const e = byName(new ImportSession(files()))['企业台账.csv'];
    expect(e).toMatchObject({ kind: 'table', headerRow: 2, rows: ENTERPRISES.length, encoding: 'utf-8' });
    expect(e.header).toEqual(ENT_HEADER);
    expect(e.sample?.[0][2]).toBe(ENTERPRISES[0][1]);
    expect(e.sample?.[0][6]).toBe('某路0号, 3幢');
    const col = (h: string) => ENT_HEADER.indexOf(h);
    expect(e.mapping).toMatchObject({
      credit_code: col('统一社会信用代码'),
      name: col('单位名称'),
      lon: col('东经'),
      lat: col('北纬'),
      sector: col('所属行业'),
      employees: col('职工人数'),
    });
    const h = byName(new ImportSession(files()))['隐患台账.csv'];
    expect(h).toMatchObject({ headerRow: 1, rows: HAZARDS.length });
    expect(h.mapping).toMatchObject({
      id: 0,
      credit_code: 1,
      found_date: 2,
      deadline: 3,
      level: 4,
      status: 5,
      listed_supervision: 6,
    });
  });

  it("defaultChoices() carries every file's guessed role, mapping and crs", () => {
    const s = new ImportSession(files());
    const c = s.defaultChoices();
    for (const f of s.summaries()) {
      expect(c.files[f.id].role).toBe(f.role);
      expect(c.files[f.id].mapping).toEqual(f.mapping);
      expect(c.files[f.id].crs).toBe(f.kind === 'layer' ? 'wgs84' : undefined);
    }
    expect(s.blockers(c)).toEqual([]);
  });

  it('builds the dataset: every enterprise, hazard, town and grid cell, joined to the right town', () => {
    const s = new ImportSession(files());
    const b = buildDataset('test', s.sources(s.defaultChoices()), '2026-07-01T00:00:00Z');
    expect(b.manifest).toMatchObject({
      name: '测试区',
      asOf: '2026-06-30',
      enterprises: ENTERPRISES.length,
      hazards: HAZARDS.length,
    });
    expect(b.manifest.towns.map((t) => [t.code, t.name])).toEqual([
      ['330201001', '甲街道'],
      ['330201002', '乙镇'],
    ]);
    expect(b.manifest.grids.map((g) => g.code)).toEqual(['G1', 'G2']);
    expect(b.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const townOf = (lon: number) => (lon < T1[2] ? 0 : 1);
    expect([...b.enterprises.town]).toEqual(ENTERPRISES.map(([, , lon]) => townOf(lon)));
    expect([...b.enterprises.grid]).toEqual(ENTERPRISES.map(([, , lon]) => townOf(lon)));
    expect([...b.enterprises.employees]).toEqual(ENTERPRISES.map((e) => parseInt(e[5], 10)));
    expect(Array.from({ length: b.enterpriseText.name.length }, (_, i) => b.enterpriseText.name.get(i))).toEqual(
      ENTERPRISES.map((e) => e[1]),
    );
    // Hazards per enterprise: two for every third one; one open.
    expect([...b.enterprises.hazardsTotal]).toEqual(ENTERPRISES.map((_, i) => (i % 3 === 0 ? 2 : 0)));
    expect([...b.enterprises.hazardsOpen]).toEqual(ENTERPRISES.map((_, i) => (i % 3 === 0 ? 1 : 0)));
  });

  it('an enterprise table without a longitude column: a blocker naming it, and sources() throws', () => {
    const s = new ImportSession(files(enterpriseCsv('东经')));
    const c = s.defaultChoices();
    const blockers = s.blockers(c);
    expect(blockers).toHaveLength(1);
    expect(blockers[0].en).toMatch(/企业台账\.csv.*Longitude/);
    expect(blockers[0].zh).toMatch(/企业台账\.csv.*经度/);
    let err: unknown;
    try {
      s.sources(c);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).reason.en).toContain(blockers[0].en);
  });

  it('no enterprise table and no towns: both are named', () => {
    const s = new ImportSession(files().filter((f) => f.name === 'meta.json'));
    expect(
      s
        .blockers(s.defaultChoices())
        .map((b) => b.en)
        .join(' | '),
    ).toMatch(/no enterprise table.*no town boundaries/);
  });

  it('a hazards table with neither credit code nor enterprise name is a blocker', () => {
    const s = new ImportSession([
      ...files().filter((f) => f.name !== '隐患台账.csv'),
      { name: '隐患台账.csv', bytes: utf8('隐患编号,发现时间,隐患级别,整改情况\nH1,2026-03-05,一般,整改中\n') },
    ]);
    expect(s.blockers(s.defaultChoices()).map((b) => b.en)).toEqual([
      expect.stringMatching(/隐患台账\.csv: no column for Credit code/),
    ]);
  });

  it('reads an inspection ledger by its name, ties it to enterprises by name, and builds it', () => {
    const s = new ImportSession([...files(), { name: '执法检查台账.csv', bytes: inspectionsCsv() }]);
    const f = byName(s)['执法检查台账.csv'];
    expect(f.role).toBe('inspections');
    expect(f.mapping).toMatchObject({
      id: 0,
      credit_code: -1,
      enterprise_name: 1,
      date: 2,
      kind: 3,
      unit: 4,
      penalty: 5,
    });
    const b = buildDataset('test', s.sources(s.defaultChoices()), '2026-07-01T00:00:00Z');
    expect(b.manifest.inspections).toBe(INSPECTIONS.length);
    expect(b.inspections?.id).toEqual(INSPECTIONS.map((x) => x[0]));
    expect(Array.from(b.inspections!.enterprise.subarray(0, INSPECTIONS.length))).toEqual(
      ENTERPRISES.flatMap((_, i) => (i % 2 === 0 ? [i] : [])),
    );
    expect(b.inspections!.fine[1]).toBe(5000);
    expect(b.issues.filter((i) => i.file === '执法检查台账.csv')).toEqual([]);
  });

  it('an inspection ledger with neither credit code nor enterprise name is a blocker', () => {
    const s = new ImportSession([
      ...files(),
      { name: 'inspections.csv', bytes: utf8('检查编号,检查日期,检查类型\nJ1,2026-03-05,执法检查\n') },
    ]);
    expect(s.blockers(s.defaultChoices()).map((b) => b.en)).toEqual([
      expect.stringMatching(/inspections\.csv: no column for Credit code/),
    ]);
  });

  it('guesses roles from content when the names say nothing', () => {
    const s = new ImportSession([
      { name: 'export1.csv', bytes: hazardsCsv() },
      { name: 'export2.csv', bytes: enterpriseCsv() },
      { name: 'export3.csv', bytes: inspectionsCsv() },
      { name: 'layer1.geojson', bytes: GRID },
      { name: 'layer2.geojson', bytes: layer([{ props: { 园区名称: '甲园', 园区类型: '小微企业园' }, box: T1 }]) },
      { name: 'config.json', bytes: utf8('{"indicators":[]}') },
    ]);
    expect(s.summaries().map((f) => f.role)).toEqual([
      'hazards',
      'enterprises',
      'inspections',
      'grid',
      'parks',
      'riskModel',
    ]);
  });
});
