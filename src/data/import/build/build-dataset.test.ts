import { describe, expect, it } from 'vitest';
import { buildDatasetFromText as buildDataset, type SourceFiles } from './build-from-files.ts';
import {
  decodeEnterpriseCore,
  decodeEnterpriseText,
  decodeHazards,
  encodeEnterpriseCore,
  encodeEnterpriseText,
  encodeHazards,
} from '../../bundle.ts';
import { sectorCode } from '../../../domain/sectors.ts';
import { flagBit } from '../../../domain/flags.ts';
import { parseDay } from '../../dates.ts';

const square = (x0: number, y0: number, x1: number, y1: number) => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];
const fc = (features: { props: Record<string, unknown>; coords: number[][][] }[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: f.props,
      geometry: { type: 'Polygon', coordinates: f.coords },
    })),
  });

// Two towns side by side (121.40-121.50 and 121.50-121.60, 29.80-29.90), one grid cell each, one park in town A.
const base: Omit<SourceFiles, 'enterprises'> = {
  towns: fc([
    { props: { code: 'T1', name: '甲街道' }, coords: square(121.4, 29.8, 121.5, 29.9) },
    { props: { code: 'T2', name: '乙镇' }, coords: square(121.5, 29.8, 121.6, 29.9) },
  ]),
  grid: fc([
    {
      props: { code: 'G1', name: '甲1', town_code: 'T1', grid_worker: '张三' },
      coords: square(121.4, 29.8, 121.5, 29.9),
    },
    { props: { code: 'G2', name: '乙1', town_code: 'T2' }, coords: square(121.5, 29.8, 121.6, 29.9) },
  ]),
  parks: fc([
    {
      props: { code: 'P1', name: '甲工业园', type: '镇街工业园', managing_body: '甲办' },
      coords: square(121.41, 29.81, 121.43, 29.83),
    },
    { props: { code: 'P2', name: '坏园区', type: 'theme_park' }, coords: square(121.52, 29.81, 121.53, 29.82) },
  ]),
  meta: JSON.stringify({ name: '测试区', as_of: '2026-06-30' }),
};

const HEADER =
  'credit_code,name,lon,lat,sector,industry_code,address,scale,employees,flags,standardization_grade,accidents_3y,major_accident_3y,penalties_1y,risk_score,risk_level';
const rows = [
  'C001,甲厂,121.42,29.82,machinery,,地址1,small,20,three_in_one;leased,0,0,false,0,,', // row 2: in park P1, town T1
  'C002,乙厂,121.55,29.85,危险化学品,,地址2,large,300,hazchem_user,1,0,false,0,72,较大', // row 3: assessed
  ',无代码,121.45,29.85,machinery,,,,,,,,,,,', // row 4: missing credit code
  'C001,重复,121.45,29.85,machinery,,,,,,,,,,,', // row 5: duplicate
  'C005,无坐标,,29.85,machinery,,,,,,,,,,,', // row 6: missing lon
  'C006,坐标错,abc,29.85,machinery,,,,,,,,,,,', // row 7: non-numeric
  'C007,国外,2.35,48.85,machinery,,,,,,,,,,,', // row 8: outside China
  'C008,远处,116.4,39.9,machinery,,,,,,,,,,,', // row 9: far outside the district
  'C009,未知行业,121.45,29.85,spaceflight,,,,,,,,,,,', // row 10: unknown sector
  'C010,奇怪标签,121.45,29.85,工贸,3412,,micro,5,teleporter,,,,,,', // row 11: kept, unknown flag warned, sub-sector from code
  '"C011","<img src=x onerror=alert(1)>",121.56,29.86,textile,,"地址, 带逗号",medium,80,,2,1,true,1,,', // row 12: kept
];
const hazards = [
  'id,credit_code,found_date,level,status,deadline,closed_date,source,description,listed_supervision',
  'H1,C001,2026-05-01,general,open,2026-06-01,,grid_patrol,消防通道堵塞,false', // overdue
  'H2,C001,2026-05-02,major,in_progress,2026-06-30,,enforcement,重大隐患,true', // deadline = as_of: not overdue
  'H3,C002,2026-04-01,general,closed,2026-05-01,2026-05-10,self_check,已整改,false', // closed after deadline: not overdue
  'H4,C999,2026-04-01,general,open,,,self_check,未知企业,false', // unknown enterprise
  'H5,C002,2026-02-30,general,open,,,self_check,坏日期,false', // unparsable date
  'H1,C002,2026-04-01,general,open,,,self_check,重复编号,false', // duplicate id
];

function build() {
  return buildDataset(
    'test',
    { ...base, enterprises: [HEADER, ...rows].join('\n'), hazards: hazards.join('\n') },
    '2026-07-01T00:00:00Z',
  );
}

describe('buildDataset validation', () => {
  const b = build();
  const errors = b.issues.filter((i) => i.severity === 'error');
  const at = (file: string, row: number) => errors.find((i) => i.file === file && i.row === row);

  it('keeps the good rows', () => {
    expect(b.manifest.enterprises).toBe(4);
    expect(
      Array.from({ length: b.enterpriseText.creditCode.length }, (_, i) => b.enterpriseText.creditCode.get(i)),
    ).toEqual(['C001', 'C002', 'C010', 'C011']);
  });

  it.each([
    [4, 'credit_code', /missing credit code/],
    [5, 'credit_code', /duplicate credit code/],
    [6, 'lon', /missing coordinate/],
    [7, 'lon', /not a number/],
    [8, 'lon,lat', /outside China/],
    [9, 'lon,lat', /far outside the district/],
    [10, 'sector', /unknown sector/],
  ])('reports enterprises.csv row %i column %s', (row, column, reason) => {
    const issue = at('enterprises.csv', row);
    expect(issue, `row ${row}`).toBeDefined();
    expect(issue!.column).toBe(column);
    expect(issue!.reason).toMatch(reason);
  });

  it('reports hazards for unknown enterprises, bad dates and duplicate ids', () => {
    expect(at('hazards.csv', 5)?.reason).toMatch(/no enterprise/);
    expect(at('hazards.csv', 6)).toMatchObject({ column: 'found_date' });
    expect(at('hazards.csv', 6)?.reason).toMatch(/unparsable date/);
    expect(at('hazards.csv', 7)?.reason).toMatch(/duplicate hazard id/);
    expect(b.hazards.length).toBe(3);
  });

  it('reports a bad park type and leaves the park out', () => {
    expect(at('parks.geojson', 2)?.column).toBe('type');
    expect(b.manifest.parks.map((p) => p.code)).toEqual(['P1']);
  });

  it('warns about an unknown flag and keeps the row', () => {
    expect(b.issues.find((i) => i.row === 11 && i.column === 'flags')?.severity).toBe('warning');
  });

  it('joins towns, grid cells and parks and derives flags', () => {
    const c = b.enterprises;
    expect(Array.from(c.town)).toEqual([0, 1, 0, 1]);
    expect(Array.from(c.grid)).toEqual([0, 1, 0, 1]);
    expect(Array.from(c.park)).toEqual([0, -1, -1, -1]);
    expect(Array.from(c.parkType)).toEqual([0, -1, -1, -1]);
    expect(c.flags[0]).toBe(flagBit('three_in_one') | flagBit('leased') | flagBit('small_micro'));
    expect(c.sector[2]).toBe(sectorCode('machinery'));
  });

  it('summarises hazards on the data date (deadline equal to as_of is not overdue)', () => {
    const c = b.enterprises;
    expect([
      c.hazardsTotal[0],
      c.hazardsOpen[0],
      c.hazardsOpenMajor[0],
      c.hazardsOverdue[0],
      c.hazardsListed[0],
    ]).toEqual([2, 2, 1, 1, 1]);
    expect([c.hazardsTotal[1], c.hazardsOpen[1], c.hazardsOverdue[1]]).toEqual([1, 0, 0]);
  });

  it('shows the assessed level when given, the model otherwise; an open major hazard forces red', () => {
    const c = b.enterprises;
    expect(c.level[1]).toBe(1);
    expect(c.score[1]).toBe(72);
    expect(c.level[0]).toBe(0);
    expect(b.manifest.hasAssessed).toBe(true);
  });
});

describe('bundle round trip', () => {
  it('decodes what it encodes', () => {
    const b = build();
    const t = b.enterpriseText;
    const columns = decodeEnterpriseCore(encodeEnterpriseCore(b.enterprises));
    const text = decodeEnterpriseText(
      encodeEnterpriseText({
        creditCode: t.creditCode,
        name: t.name,
        address: t.address,
        industryCode: t.industryCode,
      }),
    );
    for (const k of [
      'lon',
      'lat',
      'level',
      'score',
      'town',
      'grid',
      'park',
      'flags',
      'assessedScore',
      'hazardsOverdue',
    ] as const) {
      expect(Array.from(columns[k]), k).toEqual(Array.from(b.enterprises[k]));
    }
    expect(columns.length).toBe(4);
    expect(text.name.get(3)).toBe('<img src=x onerror=alert(1)>');
    expect(text.address.get(3)).toBe('地址, 带逗号');
    const h = b.hazards;
    const hz = decodeHazards(encodeHazards(h, h));
    expect(hz.length).toBe(3);
    expect(hz.id.get(2)).toBe('H3');
    expect(hz.found[0]).toBe(parseDay('2026-05-01'));
    expect(hz.description.get(0)).toBe('消防通道堵塞');
  });

  it('dictionary-encodes repetitive text and reads it back the same', () => {
    const n = 1000;
    const texts = ['消防通道堵塞', '配电箱未接地', '粉尘清扫不及时'];
    const h = {
      length: n,
      enterprise: new Int32Array(n),
      found: new Int32Array(n),
      deadline: new Int32Array(n).fill(-1),
      closed: new Int32Array(n).fill(-1),
      level: new Uint8Array(n),
      status: new Uint8Array(n),
      source: new Uint8Array(n),
      listed: new Uint8Array(n),
    };
    const id = Array.from({ length: n }, (_, i) => `H${i}`);
    const description = Array.from({ length: n }, (_, i) => texts[i % 3]);
    const responsiblePerson = Array.from({ length: n }, (_, i) => (i % 2 ? '张三' : ''));
    const bytes = encodeHazards(h, { id, description, responsiblePerson });
    const back = decodeHazards(bytes);
    expect(Array.from({ length: n }, (_, i) => back.description.get(i))).toEqual(description);
    expect(Array.from({ length: n }, (_, i) => back.responsiblePerson.get(i))).toEqual(responsiblePerson);
    expect(back.id.get(999)).toBe('H999');
    // Three distinct strings stored once each, not a thousand times.
    // Numbers take 20 bytes a row, ids about 8; the texts only their 8 bytes of indices, not ~30 bytes of UTF-8.
    expect(bytes.length).toBeLessThan(n * 40);
  });
});

describe('hazard ledger cells', () => {
  it('reads every date spelling, the Chinese words and padded cells, and reports each bad cell by row and column', () => {
    const csv = [HEADER, 'E1,一厂,121.42,29.82,machinery,,,small,20,,0,0,false,0,,'].join('\n');
    const hz = [
      'id,credit_code,found_date,level,status,deadline,closed_date,source,description,responsible_person,listed_supervision',
      ' A1 , E1 , 2026-5-1 ,一般, 整改中 ,2026/6/1,,执法检查, 消防通道堵塞 , 张三 ,是', // row 2: kept, everything padded
      'A2,E1,2026年5月2日,重大事故隐患,已销号,20260601,2026.06.02,,配电箱未接地,,否', // row 3: kept
      'A3,E1,2026-05-03,general,toString,,,,x,,', // row 4: a word of Object's is no status
      'A4,E1,2026-05-04,constructor,open,,,,x,,', // row 5: nor a level
      'A5,E1,2026-05-05,general,open,2026-02-29,,,x,,', // row 6: no such day
      'A6,E1,  ,general,open,,,,x,,', // row 7: blank date
      'A7,E1,2026-05-07,general,closed,,,hearsay,x,,maybe', // row 8: kept; closed without date, unknown source, bad yes/no warned
      'A1,E1,2026-05-08,general,open,,,,x,,', // row 9: duplicate of a kept id
      'A4,E1,2026-05-09,general,open,,,,x,,', // row 10: A4 was rejected, so this one is kept
    ].join('\n');
    const b = buildDataset('hz', { ...base, enterprises: csv, hazards: hz }, '2026-07-01T00:00:00Z');
    const h = b.hazards;
    expect(h.id).toEqual(['A1', 'A2', 'A7', 'A4']);
    expect(Array.from(h.found.subarray(0, 4))).toEqual(
      ['2026-05-01', '2026-05-02', '2026-05-07', '2026-05-09'].map((d) => parseDay(d)),
    );
    expect(Array.from(h.deadline.subarray(0, 2))).toEqual([parseDay('2026-06-01'), parseDay('2026-06-01')]);
    expect(h.closed[1]).toBe(parseDay('2026-06-02'));
    expect(Array.from(h.level.subarray(0, 2))).toEqual([0, 1]);
    expect(Array.from(h.status.subarray(0, 3))).toEqual([1, 3, 3]);
    expect(Array.from(h.source.subarray(0, 3))).toEqual([1, 255, 255]);
    expect(Array.from(h.listed.subarray(0, 3))).toEqual([1, 0, 0]);
    expect(h.description.slice(0, 2)).toEqual(['消防通道堵塞', '配电箱未接地']);
    expect(h.responsiblePerson[0]).toBe('张三');
    const own = b.issues
      .filter((i) => i.file === 'hazards.csv')
      .map((i) => [i.row, i.column, i.value, i.severity, i.reason.split(' ')[0]]);
    expect(own).toEqual([
      [4, 'status', 'toString', 'error', 'status'],
      [5, 'level', 'constructor', 'error', 'hazard'],
      [6, 'deadline', '2026-02-29', 'error', 'unparsable'],
      [7, 'found_date', '', 'error', 'missing'],
      [8, 'source', 'hearsay', 'warning', 'unknown'],
      [8, 'closed_date', '', 'warning', 'closed'],
      [8, 'listed_supervision', 'maybe', 'warning', 'expected'],
      [9, 'id', 'A1', 'error', 'duplicate'],
    ]);
  });
});

describe('duplicate credit codes', () => {
  const towns = base.towns;
  it('keeps the first row of each code, reports the others in row order, without their warnings, and still finds hazards by code', () => {
    const csv = [
      HEADER,
      'D1,一厂,121.42,29.82,machinery,,,small,20,,0,0,false,0,,', // row 2: kept
      'D2,二厂,121.43,29.83,machinery,,,huge,20,,0,0,false,0,,', // row 3: kept, bad scale warned
      'D1,一厂重复,121.44,29.84,machinery,,,huge,20,,0,0,false,0,,', // row 4: duplicate (its bad scale is not warned)
      ',无代码,121.45,29.85,machinery,,,,,,,,,,,', // row 5: missing code
      'D2,二厂重复,121.46,29.86,machinery,,,,,,,,,,,', // row 6: duplicate
      'D3,三厂,121.47,29.87,machinery,,,,,,,,,,,', // row 7: kept
    ].join('\n');
    const hz = [
      'id,credit_code,found_date,level,status',
      'X1,D3,2026-05-01,general,open',
      'X2,D1,2026-05-01,general,open',
    ].join('\n');
    const b = buildDataset(
      'dups',
      { towns, grid: base.grid, meta: base.meta, enterprises: csv, hazards: hz },
      '2026-07-01T00:00:00Z',
    );
    expect(b.manifest.enterprises).toBe(3);
    expect(Array.from({ length: 3 }, (_, i) => b.enterpriseText.name.get(i))).toEqual(['一厂', '二厂', '三厂']);
    // (Short codes like D1 are also warned as not 18 characters; those warnings are left aside here.)
    const own = b.issues.filter(
      (i) => i.file === 'enterprises.csv' && i.row > 0 && !(i.column === 'credit_code' && i.severity === 'warning'),
    );
    // The duplicate row 4 had no warning of its own left: not for its code, not for its scale.
    expect(b.issues.some((i) => i.file === 'enterprises.csv' && i.row === 4 && i.severity === 'warning')).toBe(false);
    expect(own.map((i) => [i.row, i.column, i.severity])).toEqual([
      [3, 'scale', 'warning'],
      [4, 'credit_code', 'error'],
      [5, 'credit_code', 'error'],
      [6, 'credit_code', 'error'],
    ]);
    expect(own[1].reason).toMatch(/duplicate credit code/);
    // Columns stayed aligned after the duplicates were taken out.
    expect(Array.from(b.enterprises.lon)).toEqual([121.42, 121.43, 121.47]);
    // The ledger's lookup by code sees the kept rows.
    expect(Array.from(b.hazards.enterprise.subarray(0, b.hazards.length))).toEqual([2, 0]);
  });
});

describe('supervision.json', () => {
  const enterprises = [HEADER, ...rows].join('\n');
  it("carries the dataset's supervision settings into the manifest", () => {
    const supervision = JSON.stringify({
      classes: [
        { key: 'A', intervalMonths: 2, yearlyCap: 6 },
        { key: 'B', intervalMonths: null, yearlyCap: 1 },
      ],
      rules: [{ class: 'A', levels: ['major', 'significant'] }],
    });
    const m = buildDataset('sv', { ...base, enterprises, supervision }).manifest;
    const s = m.supervision as { classes: { key: string; intervalMonths: number | null }[]; rules: unknown[] };
    expect(s.classes.map((c) => [c.key, c.intervalMonths])).toEqual([
      ['A', 2],
      ['B', null],
    ]);
    expect(s.rules).toEqual([{ class: 'A', levels: ['major', 'significant'] }]);
  });
  it('reports a malformed file with its path and builds with the defaults', () => {
    const b = buildDataset('sv', { ...base, enterprises, supervision: '{"classes":[{"key":"A","yearlyCap":0}]}' });
    expect(b.manifest.supervision).toBeUndefined();
    expect(b.issues.find((i) => i.file === 'supervision.json')).toMatchObject({
      column: 'classes[0].yearlyCap',
      severity: 'warning',
    });
  });
});
