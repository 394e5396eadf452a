/**
 * The readers against third-party files their authors did not write (tests/fixtures/realdata,
 * provenance in SOURCES.md there). Each assertion states what a user would see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDbf } from './dbf.ts';
import { projectionFromPrj } from './projection.ts';
import { groupShapefiles, readShapefile } from './shapefile.ts';
import type { ImportFile } from '../common/import-types.ts';

const ROOT = join(__dirname, '../../../tests/fixtures/realdata');
const load = (dir: string, prefix = ''): ImportFile[] =>
  readdirSync(join(ROOT, dir))
    .filter((n) => n.startsWith(prefix))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(ROOT, dir, name))) }));

describe('ningbo districts (GCJ-02, no .prj, no .cpg, UTF-8 .dbf, Chinese file name)', () => {
  const files = load('ningbo-districts-gcj02-shp');
  const layer = readShapefile(groupShapefiles(files)[0]);

  it('reads all 10 districts with their Chinese names and codes', () => {
    expect(layer.file).toBe('宁波市.shp');
    expect(layer.features).toHaveLength(10);
    const names = layer.features.map((f) => f.properties.name).sort();
    expect(names).toEqual(
      ['余姚市', '北仑区', '奉化区', '宁海县', '慈溪市', '江北区', '海曙区', '象山县', '鄞州区', '镇海区'].sort(),
    );
    const haishu = layer.features.find((f) => f.properties.name === '海曙区')!;
    expect(haishu.properties).toMatchObject({ adcode: '330203', ctname: '宁波市', centerlng: 121.539698 });
    expect(layer.encoding).toEqual({ label: 'utf-8', source: 'detected' });
  });

  it('comes back as lon/lat-sized with a confirm message naming the missing .prj and GCJ-02', () => {
    expect(layer.crs).toMatchObject({ crs: 'wgs84', source: 'magnitude' });
    expect(layer.crs.confirm?.en).toMatch(/No \.prj.*GCJ-02/);
    expect(layer.crs.confirm?.zh).toMatch(/没有 \.prj.*GCJ-02/);
    expect(layer.features.every((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')).toBe(
      true,
    );
    // Real district outlines: no ring of theirs crosses itself.
    expect(layer.issues).toEqual([]);
  });
});

describe('geotools chinese_poly (GB18030 .dbf, no .cpg, LDID 0, WGS84 .prj with AXIS)', () => {
  it('detects GBK: NAME is 黑龙江省', () => {
    const layer = readShapefile(load('geotools-chinese-poly-gb18030'));
    expect(layer.features).toHaveLength(1);
    expect(layer.features[0].properties).toEqual({ ADCODE93: 230000, ADCODE99: 230000, NAME: '黑龙江省' });
    expect(layer.encoding).toEqual({ label: 'gb18030', source: 'detected' });
    expect(layer.crs).toEqual({ crs: 'wgs84', label: 'WGS 84 (EPSG:4326)', source: 'prj' });
    // GBK with no .cpg and no language byte is a guess, but 黑龙江省 (BA DA C1 FA BD AD CA A1) is
    // GB2312 throughout, as Chinese names are: nothing to doubt, so no warning.
    expect(layer.issues).toEqual([]);
  });
});

describe('mapshaper gauss_kruger (Beijing 1954 GK CM 114E .prj, degrees in the .shp, no .dbf/.shx)', () => {
  const files = load('mapshaper-beijing54gk-and-ldid936', 'gauss_kruger');

  it('the .prj itself is understood as Beijing 1954 CM 114E with the datum warning', () => {
    const p = projectionFromPrj(new TextDecoder().decode(files.find((f) => f.name.endsWith('.prj'))!.bytes));
    expect('error' in p).toBe(false);
    if ('error' in p) return;
    expect(p.label).toBe('Beijing 1954 / 3-degree Gauss-Kruger CM 114E (EPSG:2435)');
    expect(p.warning?.en).toMatch(/no TOWGS84/);
  });

  it('says the coordinates do not fit the .prj, and warns about the missing .dbf', () => {
    const layer = readShapefile(files);
    expect(layer.features.map((f) => f.geometry?.type)).toEqual(['Point', 'Point', 'Point']);
    expect(layer.crs.confirm?.en).toMatch(/do not fit the \.prj.*Beijing 1954.*look like lon\/lat/);
    expect(layer.crs.confirm?.zh).toMatch(/坐标与 \.prj 不符/);
    expect(layer.issues.map((i) => i.column)).toEqual(['.dbf', '.prj']);
    expect(layer.issues[0].reason.en).toMatch(/\.dbf is missing/);
    expect(layer.features.every((f) => Object.keys(f.properties).length === 0)).toBe(true);
  });
});

describe('mapshaper ldid_chinese (LDID 0x7A, no .cpg)', () => {
  it('reads 简体 through the language driver byte', () => {
    const files = load('mapshaper-beijing54gk-and-ldid936', 'ldid_chinese');
    const dbf = files.find((f) => f.name.endsWith('.dbf'))!;
    expect(dbf.bytes[29]).toBe(0x7a);
    expect(readDbf(dbf.name, dbf.bytes).records).toEqual([{ NAME: '简体' }]);
    const layer = readShapefile(files);
    expect(layer.features[0].properties).toEqual({ NAME: '简体' });
    expect(layer.encoding).toEqual({ label: 'gb18030', source: 'ldid' });
    // mapshaper's synthetic point (-248.7, 625.6) cannot be lon/lat, whatever its WGS84 .prj says.
    expect(layer.crs.confirm?.en).toMatch(/outside lon\/lat range/);
  });
});
