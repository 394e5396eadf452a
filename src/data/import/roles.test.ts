/**
 * roles.ts: the role a file's name, a table's header or a layer's properties suggest.
 */
import { describe, expect, it } from 'vitest';
import { layerRoleFromProperties, roleFromName, tableRoleFromHeader } from './roles.ts';
import { LAYER_ROLES, TABLE_ROLES } from '../common/import-schema.ts';

describe('roleFromName', () => {
  it.each([
    ['村级工业聚集区.shp', 'parks'],
    ['镇街工业园.geojson', 'parks'],
    ['parks.geojson', 'parks'],
    ['某街道网格.shp', 'grid'],
    ['乡镇边界.shp', 'towns'],
    ['towns.geojson', 'towns'],
    ['区界.shp', 'district'],
    ['district_boundary.geojson', 'district'],
  ])('layer %s -> %s', (name, role) => {
    expect(roleFromName(name, LAYER_ROLES)).toBe(role);
  });

  it.each([
    ['企业名单.xlsx', 'enterprises'],
    ['生产经营单位台账.csv', 'enterprises'],
    ['隐患排查企业.csv', 'hazards'],
    ['hazards.csv', 'hazards'],
    ['inspections.csv', 'inspections'],
    ['检查台账.xlsx', 'inspections'],
    ['2026年执法检查记录.csv', 'inspections'],
    ['企业安全检查记录.csv', 'inspections'],
    ['执法单位检查情况.xls', 'inspections'],
    ['网格巡查记录.csv', 'inspections'],
    // A hazard ledger named after the checks that found the hazards stays the hazards.
    ['隐患排查治理台账.csv', 'hazards'],
    ['隐患检查记录.csv', 'hazards'],
    ['执法检查发现隐患.csv', 'hazards'],
  ])('table %s -> %s', (name, role) => {
    expect(roleFromName(name, TABLE_ROLES)).toBe(role);
  });

  it('offers only roles the kind of file can play', () => {
    // A layer called "企业..." is not an enterprise table; a table called "网格..." is no grid layer.
    expect(roleFromName('企业分布.geojson', LAYER_ROLES)).toBeUndefined();
    expect(roleFromName('网格.csv', TABLE_ROLES)).toBeUndefined();
    expect(roleFromName('risk-model.json', ['meta', 'riskModel'])).toBe('riskModel');
    expect(roleFromName('meta.json', ['meta', 'riskModel'])).toBe('meta');
  });

  it('reads the base name only, not the folders of a zip', () => {
    expect(roleFromName('towns/export.csv', TABLE_ROLES)).toBeUndefined();
    expect(roleFromName('边界/企业.csv', TABLE_ROLES)).toBe('enterprises');
    expect(roleFromName('hazards/towns.geojson', LAYER_ROLES)).toBe('towns');
  });
});

describe('tableRoleFromHeader', () => {
  it('tells hazards from enterprises by the fields named', () => {
    expect(tableRoleFromHeader(['隐患编号', '企业名称', '发现时间', '隐患级别', '整改情况'])).toBe('hazards');
    expect(tableRoleFromHeader(['统一社会信用代码', '企业名称', '经度', '纬度', '行业'])).toBe('enterprises');
    // Nothing known: enterprises, the table every dataset needs.
    expect(tableRoleFromHeader(['甲', '乙'])).toBe('enterprises');
  });

  it('tells an inspection ledger from a hazard ledger, though both may name the date and kind of the check', () => {
    expect(
      tableRoleFromHeader([
        '检查编号',
        '统一社会信用代码',
        '被检查单位',
        '检查日期',
        '检查类型',
        '检查单位',
        '检查人员',
        '检查结果',
        '发现隐患数',
        '行政处罚',
      ]),
    ).toBe('inspections');
    expect(tableRoleFromHeader(['文书编号', '企业名称', '执法日期', '执法机构', '处罚金额'])).toBe('inspections');
    // 检查日期 and 检查类型 are also a hazard ledger's names (the date found, the source).
    expect(tableRoleFromHeader(['隐患编号', '统一社会信用代码', '检查日期', '隐患等级', '整改状态', '检查类型'])).toBe(
      'hazards',
    );
  });
});

describe('layerRoleFromProperties', () => {
  it.each([
    [['网格编码', '网格名称', '网格员', '联系电话'], 'grid'],
    [['code', 'name', 'town_code', 'grid_worker'], 'grid'],
    [['园区编码', '园区名称', '园区类型', '管理机构'], 'parks'],
    [['XZQDM', 'XZQMC'], 'towns'],
    [['乡镇代码', '乡镇名称'], 'towns'],
  ])('%j -> %s', (names, role) => {
    expect(layerRoleFromProperties(names)).toBe(role);
  });

  it('says nothing when only a code and a name are there', () => {
    expect(layerRoleFromProperties(['code', 'name'])).toBeUndefined();
    expect(layerRoleFromProperties(['OBJECTID', 'Shape_Area'])).toBeUndefined();
  });
});
