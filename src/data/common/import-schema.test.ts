/**
 * schema.ts: header names as bureaus write them, mapped to the fields of docs/data-format.md.
 */
import { describe, expect, it } from 'vitest';
import {
  headerScore,
  missingRequired,
  normalise,
  suggestMapping,
  TABLE_FIELDS,
  type ColumnMapping,
} from './import-schema.ts';

const ENT = TABLE_FIELDS.enterprises;
const HAZ = TABLE_FIELDS.hazards;

/** The columns a mapping uses, as field -> column, leaving out unmapped fields. */
const used = (m: ColumnMapping) => Object.fromEntries(Object.entries(m).filter(([, i]) => i >= 0));

describe('normalise', () => {
  it.each([
    ['从业人员（人）', '从业人员'],
    ['从业人员(人)', '从业人员'],
    ['*企业名称', '企业名称'],
    ['＊企业名称', '企业名称'],
    ['注册地址【必填】', '注册地址'],
    ['ＬＯＮ', 'lon'],
    [' Credit_Code ', 'creditcode'],
    ['经度 / X', '经度x'],
    ['统一社会信用代码：', '统一社会信用代码'],
  ])('%s -> %s', (input, out) => {
    expect(normalise(input)).toBe(out);
  });
});

describe('suggestMapping', () => {
  const bureau = [
    '序号',
    '统一社会信用代码',
    '单位名称',
    '东经',
    '北纬',
    '所属行业',
    '注册地址',
    '企业规模',
    '职工人数',
    '风险等级',
  ];

  it('maps a real enterprise ledger header to the right fields', () => {
    expect(used(suggestMapping(ENT, bureau))).toEqual({
      credit_code: 1,
      name: 2,
      lon: 3,
      lat: 4,
      sector: 5,
      address: 6,
      scale: 7,
      employees: 8,
      risk_level: 9,
    });
  });

  it('has an entry for every field, -1 when no column names it', () => {
    const m = suggestMapping(ENT, bureau);
    expect(Object.keys(m).sort()).toEqual(ENT.map((f) => f.key).sort());
    expect(m.industry_code).toBe(-1);
  });

  it('gives a column to one field only, and a field its first matching column', () => {
    const header = ['企业名称', '单位名称', '名称', '经度', '经度坐标'];
    const m = suggestMapping(ENT, header);
    expect(m.name).toBe(0);
    expect(m.lon).toBe(3);
    const columns = Object.values(m).filter((i) => i >= 0);
    expect(new Set(columns).size).toBe(columns.length);
    for (const i of [1, 2, 4]) expect(columns).not.toContain(i);
  });

  it('maps a real hazards ledger header', () => {
    const header = ['隐患编号', '社会信用代码', '发现时间', '整改时限', '隐患级别', '整改情况', '是否挂牌督办'];
    expect(used(suggestMapping(HAZ, header))).toEqual({
      id: 0,
      credit_code: 1,
      found_date: 2,
      deadline: 3,
      level: 4,
      status: 5,
      listed_supervision: 6,
    });
  });

  it('maps one yes/no column per special flag', () => {
    const m = suggestMapping(ENT, ['企业名称', '是否涉氨制冷', '粉尘涉爆', '有限空间作业']);
    expect(used(m)).toEqual({
      name: 0,
      'flag:ammonia_refrigeration': 1,
      'flag:dust_explosion': 2,
      'flag:confined_space': 3,
    });
  });
});

describe('headerScore', () => {
  it('counts the distinct fields a row names', () => {
    expect(headerScore(ENT, ['序号', '统一社会信用代码', '单位名称', '东经', '北纬'])).toBe(4);
    // Two names of one field count once.
    expect(headerScore(ENT, ['企业名称', '单位名称'])).toBe(1);
    expect(headerScore(ENT, ['某区企业安全生产台账', '', ''])).toBe(0);
    expect(headerScore(ENT, ['1', '91330200MA2AAAAAAA', '甲公司', '121.5'])).toBe(0);
  });

  it('scores a hazards header higher with the hazards fields', () => {
    const header = ['隐患编号', '企业名称', '发现时间', '隐患级别', '整改情况'];
    expect(headerScore(HAZ, header)).toBe(5);
    expect(headerScore(HAZ, header)).toBeGreaterThan(headerScore(ENT, header));
  });
});

describe('missingRequired', () => {
  it('names the required fields with no column', () => {
    const m = suggestMapping(ENT, ['统一社会信用代码', '企业名称', '北纬', '行业', '地址']);
    expect(missingRequired(ENT, m).map((f) => f.key)).toEqual(['lon']);
    expect(missingRequired(ENT, suggestMapping(ENT, ['统一社会信用代码', '企业名称', '东经', '北纬', '行业']))).toEqual(
      [],
    );
  });

  it('treats a field absent from the mapping as missing, and optional fields never', () => {
    const missing = missingRequired(ENT, {}).map((f) => f.key);
    expect(missing).toEqual(ENT.filter((f) => f.required).map((f) => f.key));
    expect(missing).not.toContain('address');
    expect(missingRequired(HAZ, suggestMapping(HAZ, ['隐患编号', '发现时间'])).map((f) => f.key)).toEqual([
      'level',
      'status',
    ]);
  });
});
