/**
 * The GeoJSON and CSV readers against third-party files their authors did not write
 * (tests/fixtures/realdata, provenance in SOURCES.md there). Expectations come from parsing the
 * files here with JSON.parse and plain string splitting, not from the readers.
 */
import { rowsAsArrays } from './test-support/cells-of.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';
import { readGeoJson } from './geojson.ts';
import { findHeader } from './header-row.ts';
import { ImportSession } from './prepare.ts';
import { LAYER_ROLES, TABLE_FIELDS } from '../common/import-schema.ts';

const ROOT = join(__dirname, '../../../tests/fixtures/realdata');
const load = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));

describe('SuperMap 671 met stations (GeoJSON points, Chinese property names, no crs member)', () => {
  const NAME = 'data671MeteorologicalStations.geojson';
  const bytes = load(`supermap-671-met-stations-geojson/${NAME}`);
  const json = JSON.parse(new TextDecoder().decode(bytes)) as {
    crs?: unknown;
    features: { geometry: { type: string; coordinates: number[] }; properties: Record<string, string> }[];
  };

  it('reads 591 point features with their Chinese properties, as stored', () => {
    const layer = readGeoJson(NAME, bytes);
    expect(json.features).toHaveLength(591);
    expect(layer.features).toHaveLength(json.features.length);
    expect(layer.features.every((f) => f.geometry?.type === 'Point')).toBe(true);
    expect(layer.issues).toEqual([]);
    const first = layer.features[0].properties;
    for (const key of ['区站号', '站台', '省份', '海拔', '海波_Num']) expect(first).toHaveProperty(key);
    layer.features.forEach((f, i) => {
      expect(f.properties).toEqual(json.features[i].properties);
      expect((f.geometry as { coordinates: number[] }).coordinates).toEqual(json.features[i].geometry.coordinates);
    });
    const mohe = layer.features.find((f) => f.properties['站台'] === '漠河');
    expect(mohe?.properties['省份']).toBe('黑龙江');
  });

  it('has no crs member, and its lon/lat values are taken as WGS84 without a question', () => {
    expect(json.crs).toBeUndefined();
    const layer = readGeoJson(NAME, bytes);
    expect(layer.crs).toMatchObject({ crs: 'wgs84', source: 'default' });
    expect(layer.crs.confirm).toBeUndefined();
  });

  it('alone in a session: a layer with no boundary role, and blockers say what is missing', () => {
    const s = new ImportSession([{ name: NAME, bytes }]);
    const [f] = s.summaries();
    expect(f).toMatchObject({ kind: 'layer', features: 591, geometryTypes: ['Point'] });
    expect(f.error).toBeUndefined();
    expect(LAYER_ROLES as readonly string[]).not.toContain(f.role);
    expect(f.role).toBe('ignore');
    const blockers = s.blockers(s.defaultChoices()).map((b) => b.en);
    expect(blockers.some((b) => /no town boundaries/.test(b))).toBe(true);
    expect(blockers.some((b) => /no enterprise table/.test(b))).toBe(true);
  });
});

describe('cpca adcodes.csv (UTF-8 without BOM, CRLF, empty coordinates)', () => {
  const NAME = 'adcodes.csv';
  const bytes = load(`cpca-adcodes-csv/${NAME}`);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  // The file has no quotes (checked below), so splitting by hand is exact.
  const lines = text.split('\r\n');
  if (lines.at(-1) === '') lines.pop();

  it('is what SOURCES.md says: CRLF, no BOM, no quotes, 3,511 data lines', () => {
    expect(bytes[0]).not.toBe(0xef);
    expect(text.includes('"')).toBe(false);
    expect(text.split('\n').length).toBe(text.split('\r\n').length);
    expect(lines.length - 1).toBe(3511);
  });

  it('reads as UTF-8 into the same rows and line numbers, with no CR left in a cell', () => {
    const raw = readCsv(NAME, bytes);
    const rows = rowsAsArrays(raw.rows);
    expect(raw.encoding).toBe('utf-8');
    expect(rows.length).toBe(lines.length);
    expect(rows).toEqual(lines.map((l) => l.split(',')));
    expect([...raw.rowNumbers]).toEqual(lines.map((_, i) => i + 1));
    expect(rows.flat().some((c) => c.includes('\r'))).toBe(false);
  });

  it('finds the English header on row 1, with 3,511 data rows after it', () => {
    const t = findHeader(readCsv(NAME, bytes), TABLE_FIELDS.enterprises);
    expect(t.headerRow).toBe(1);
    expect(t.header).toEqual(lines[0].split(','));
    expect(t.header).toEqual(['adcode', 'name', 'longitude', 'latitude']);
    expect(t.rows.length - t.firstDataRow).toBe(3511);
  });

  it('keeps rows such as 市辖区 whose coordinates are empty, with empty cells', () => {
    const raw = readCsv(NAME, bytes);
    const rows = rowsAsArrays(raw.rows);
    const empty = lines.flatMap((l, i) => {
      const c = l.split(',');
      return c[2] === '' && c[3] === '' ? [{ line: i + 1, code: c[0], name: c[1] }] : [];
    });
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.some((e) => e.name === '市辖区')).toBe(true);
    expect(empty.some((e) => e.name === '江东区')).toBe(true);
    for (const e of empty) {
      const k = raw.rowNumbers.indexOf(e.line);
      expect(k).toBeGreaterThan(0);
      expect(rows[k]).toEqual([e.code, e.name, '', '']);
    }
    // Everything else has both coordinates.
    const filled = rows.slice(1).filter((r) => r[2] !== '' && r[3] !== '');
    expect(filled.length + empty.length).toBe(3511);
  });
});
