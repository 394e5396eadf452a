/**
 * Bugs a test suite found in the import readers, each kept as the case a user would meet:
 * separators inside quotes, old Mac line ends, park layers named 小微企业园, point layers named
 * like boundaries.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';
import { rowsAsArrays } from './test-support/cells-of.ts';
import { ImportSession } from './prepare.ts';
import { roleFromName } from './roles.ts';
import { LAYER_ROLES } from '../common/import-schema.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

type Box = [number, number, number, number];
const polygonLayer = (features: { props: Record<string, unknown>; box: Box }[]) =>
  utf8(
    JSON.stringify({
      type: 'FeatureCollection',
      features: features.map(({ props, box: [x0, y0, x1, y1] }) => ({
        type: 'Feature',
        properties: props,
        geometry: {
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
        },
      })),
    }),
  );

describe('csv: separator detection', () => {
  it('a comma file whose quoted descriptions hold semicolons is still comma-separated', () => {
    const rows = [
      ['id', 'description'],
      ['H1', '消防通道堵塞;灭火器过期;应急灯损坏'],
      ['H2', '电线老化;无证上岗;安全出口锁闭'],
    ];
    const text = rows.map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(',')).join('\n') + '\n';
    expect(rowsAsArrays(readCsv('隐患.csv', utf8(text)).rows)).toEqual(rows);
  });

  it('a comma file whose quoted cells hold tabs is still comma-separated', () => {
    const rows = [
      ['name', 'note'],
      ['甲', '第一\t第二\t第三\t第四'],
    ];
    const text = rows.map((r) => r.map((c) => (c.includes('\t') ? `"${c}"` : c)).join(',')).join('\n');
    expect(rowsAsArrays(readCsv('a.csv', utf8(text)).rows)).toEqual(rows);
  });
});

describe('csv: lone-CR line ends (Excel "CSV (Macintosh)")', () => {
  it('rows end at CR even when a quoted cell holds an LF (Alt+Enter in Excel)', () => {
    // Excel for Mac ends rows with CR and writes a line break inside a cell as LF.
    const text = 'name,address\r"甲","一号楼\n二层"\r乙,某路2号\r';
    const r = readCsv('mac.csv', utf8(text));
    expect(rowsAsArrays(r.rows)).toEqual([
      ['name', 'address'],
      ['甲', '一号楼\n二层'],
      ['乙', '某路2号'],
    ]);
    expect([...r.rowNumbers]).toEqual([1, 2, 4]);
  });
});

describe('roles: park layers named for the small-and-micro enterprise parks', () => {
  it('小微企业园.shp is parks (as the roles.ts comment promises)', () => {
    expect(roleFromName('小微企业园.shp', LAYER_ROLES)).toBe('parks');
    expect(roleFromName('某区小微企业园边界.geojson', LAYER_ROLES)).toBe('parks');
  });

  it('in a session, a 小微企业园 layer with only a code and a name becomes parks, not the first free boundary role', () => {
    const s = new ImportSession([
      {
        name: '镇街.geojson',
        bytes: polygonLayer([{ props: { code: 'T1', name: '甲街道' }, box: [121.4, 29.8, 121.5, 29.9] }]),
      },
      {
        name: '小微企业园.geojson',
        bytes: polygonLayer([{ props: { 编号: 'P1', 名称: '甲小微园' }, box: [121.41, 29.81, 121.42, 29.82] }]),
      },
    ]);
    expect(s.summaries().map((f) => [f.name, f.role])).toEqual([
      ['镇街.geojson', 'towns'],
      ['小微企业园.geojson', 'parks'],
    ]);
  });
});

describe('roles: point layers are not boundaries', () => {
  it('a point layer named for towns (乡镇驻地, town seats) is given no boundary role', () => {
    const seats = utf8(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: '甲街道办事处' },
            geometry: { type: 'Point', coordinates: [121.45, 29.85] },
          },
        ],
      }),
    );
    const s = new ImportSession([{ name: '乡镇驻地.geojson', bytes: seats }]);
    const [f] = s.summaries();
    expect(f.geometryTypes).toEqual(['Point']);
    expect(LAYER_ROLES as readonly string[]).not.toContain(f.role);
    expect(s.blockers(s.defaultChoices()).some((b) => /no town boundaries/.test(b.en))).toBe(true);
  });
});
