/**
 * What each role's table or layer holds (the columns of docs/data-format.md), and the names bureaus
 * give those columns in their own ledgers and GIS exports. Header mapping suggests a column for each
 * field by these names; the user can change any of it in the import dialog.
 */
import { FLAGS } from '../../domain/flags.ts';

export type TableRole = 'enterprises' | 'hazards';
export type LayerRole = 'towns' | 'grid' | 'parks' | 'district';
export type Role = TableRole | LayerRole | 'meta' | 'riskModel';

export const ROLES: readonly Role[] = ['enterprises', 'hazards', 'towns', 'grid', 'parks', 'district', 'meta', 'riskModel'];
export const TABLE_ROLES: readonly TableRole[] = ['enterprises', 'hazards'];
export const LAYER_ROLES: readonly LayerRole[] = ['towns', 'grid', 'parks', 'district'];

export interface FieldDef {
  /** The column name of docs/data-format.md. */
  key: string;
  zh: string;
  en: string;
  required?: boolean;
  /** Other names for the column, as bureaus write them (compared after normalise()). */
  aliases: readonly string[];
}

const CREDIT_CODE = ['统一社会信用代码', '社会信用代码', '信用代码', '统一代码', '社会统一信用代码', '统一社会信用代码证', '组织机构代码', 'creditcode', 'uscc'];

/** Other names of the special flags, as ledgers write them. */
const FLAG_ALIASES: Record<string, string[]> = {
  leased: ['出租厂房', '租赁企业', '出租', '租赁', '租赁厂房'],
  hazchem_user: ['危化品使用单位', '危险化学品使用', '使用危化品', '涉危化品'],
  three_in_one: ['三合一场所', '三合一'],
  crowded_place: ['人员密集场所', '人员密集'],
  dust_explosion: ['粉尘涉爆', '涉爆粉尘'],
  ammonia_refrigeration: ['涉氨制冷', '液氨制冷'],
  confined_space: ['有限空间', '有限空间作业'],
  molten_metal: ['高温熔融金属', '金属冶炼'],
};

/** One yes/no column per special flag (e.g. 是否厂中厂, 涉氨制冷), as many ledgers keep them. */
const FLAG_COLUMNS: FieldDef[] = FLAGS.filter((f) => f.key !== 'small_micro').map((f) => ({
  key: `flag:${f.key}`, zh: f.zh, en: f.en,
  aliases: [f.zh, `是否${f.zh}`, `是否为${f.zh}`, `涉及${f.zh}`, ...(FLAG_ALIASES[f.key] ?? [])],
}));

export const TABLE_FIELDS: Record<TableRole, readonly FieldDef[]> = {
  enterprises: [
    { key: 'credit_code', zh: '统一社会信用代码', en: 'Credit code', required: true, aliases: CREDIT_CODE },
    { key: 'name', zh: '企业名称', en: 'Name', required: true, aliases: ['企业名称', '单位名称', '名称', '企业单位名称', '生产经营单位名称', '企业(单位)名称', '单位全称', '企业全称', 'company', 'enterprise', 'enterprisename'] },
    { key: 'lon', zh: '经度 / X', en: 'Longitude / X', required: true, aliases: ['经度', '东经', 'x坐标', 'x', 'lng', 'long', 'longitude', '经度坐标', '横坐标', 'gpsx', 'pointx'] },
    { key: 'lat', zh: '纬度 / Y', en: 'Latitude / Y', required: true, aliases: ['纬度', '北纬', 'y坐标', 'y', 'latitude', '纬度坐标', '纵坐标', 'gpsy', 'pointy'] },
    { key: 'sector', zh: '行业领域', en: 'Sector', required: true, aliases: ['行业', '行业领域', '所属行业', '行业类别', '监管行业', '行业分类', '行业类型', '所属行业领域', '监管领域', 'industry'] },
    { key: 'industry_code', zh: '国民经济行业代码', en: 'GB/T 4754 code', aliases: ['行业代码', '国民经济行业代码', '国民经济行业分类代码', '国民经济行业分类', '国标行业代码', 'gbt4754'] },
    { key: 'address', zh: '地址', en: 'Address', aliases: ['地址', '注册地址', '经营地址', '详细地址', '生产经营地址', '单位地址', '企业地址', '生产地址'] },
    { key: 'scale', zh: '规模', en: 'Scale', aliases: ['规模', '企业规模', '企业规模类型'] },
    { key: 'employees', zh: '从业人员', en: 'Employees', aliases: ['从业人员', '职工人数', '从业人数', '员工人数', '从业人员数', '从业人员数量', '人数', '职工总数', 'staff'] },
    { key: 'flags', zh: '特殊标签', en: 'Flags', aliases: ['标签', '特殊标签', '风险标签', '重点类别', '企业标签', '特殊类型'] },
    { key: 'standardization_grade', zh: '标准化等级', en: 'Standardisation grade', aliases: ['标准化等级', '安全生产标准化等级', '标准化', '标准化级别', '安全标准化等级'] },
    { key: 'accidents_3y', zh: '近三年事故', en: 'Accidents (3 y)', aliases: ['近三年事故', '近三年事故起数', '三年内事故', '近三年事故数', '近3年事故'] },
    { key: 'major_accident_3y', zh: '近三年较大事故', en: 'Major accident (3 y)', aliases: ['近三年较大以上事故', '近三年重大事故', '近三年较大事故', '近3年较大以上事故'] },
    { key: 'penalties_1y', zh: '近一年行政处罚', en: 'Penalties (1 y)', aliases: ['近一年行政处罚', '行政处罚次数', '处罚次数', '近一年处罚', '近1年行政处罚'] },
    { key: 'risk_score', zh: '风险分值', en: 'Assessed score', aliases: ['风险分值', '风险评分', '评估分值', '得分', '风险得分', '评分', '评估得分'] },
    { key: 'risk_level', zh: '风险等级', en: 'Assessed level', aliases: ['风险等级', '风险级别', '评估等级', '四色等级', '风险分级', '安全风险等级'] },
    ...FLAG_COLUMNS,
  ],
  hazards: [
    { key: 'id', zh: '隐患编号', en: 'Hazard id', required: true, aliases: ['隐患编号', '编号', '隐患id', '隐患编码', '隐患单号', '登记编号'] },
    // Either the credit code or the enterprise name ties a hazard to its enterprise (the reader checks one is there).
    { key: 'credit_code', zh: '统一社会信用代码', en: 'Credit code', aliases: CREDIT_CODE },
    { key: 'enterprise_name', zh: '企业名称', en: 'Enterprise name', aliases: ['企业名称', '单位名称', '名称', '生产经营单位名称', '被检查单位', '企业(单位)名称'] },
    { key: 'found_date', zh: '发现日期', en: 'Date found', required: true, aliases: ['发现日期', '发现时间', '排查日期', '排查时间', '检查日期', '检查时间', '登记日期', '上报日期'] },
    { key: 'level', zh: '隐患等级', en: 'Hazard level', required: true, aliases: ['隐患等级', '隐患级别', '隐患类别', '隐患类型', '等级'] },
    { key: 'status', zh: '整改状态', en: 'Status', required: true, aliases: ['整改状态', '状态', '隐患状态', '整改情况', '治理状态', '处理状态'] },
    { key: 'deadline', zh: '整改期限', en: 'Deadline', aliases: ['整改期限', '整改时限', '限期整改日期', '整改截止日期', '计划完成时间', '整改期限日期', '限改日期', '要求整改日期'] },
    { key: 'closed_date', zh: '销号日期', en: 'Closure date', aliases: ['销号日期', '整改完成日期', '完成日期', '实际完成时间', '销号时间', '整改完成时间', '验收日期'] },
    { key: 'source', zh: '来源', en: 'Source', aliases: ['来源', '隐患来源', '检查类型', '发现方式', '检查方式', '排查类型'] },
    { key: 'description', zh: '隐患描述', en: 'Description', aliases: ['隐患描述', '隐患内容', '问题描述', '隐患情况', '存在问题', '隐患名称', '隐患问题'] },
    { key: 'responsible_person', zh: '整改责任人', en: 'Responsible person', aliases: ['责任人', '整改责任人', '隐患整改责任人', '负责人'] },
    { key: 'listed_supervision', zh: '挂牌督办', en: 'Listed supervision', aliases: ['挂牌督办', '是否挂牌督办', '督办', '是否督办', '挂牌'] },
  ],
};

const CODE = ['code', '编码', '代码', '编号', 'id'];
const NAME = ['name', '名称'];

/** Every table field, of either role: a header row is looked for by these whatever role the table turns out to have. */
export const ALL_TABLE_FIELDS: readonly FieldDef[] = [...TABLE_FIELDS.enterprises, ...TABLE_FIELDS.hazards];

export const LAYER_FIELDS: Record<LayerRole, readonly FieldDef[]> = {
  towns: [
    { key: 'code', zh: '镇街代码', en: 'Code', required: true, aliases: [...CODE, '行政区划代码', '区划代码', 'adcode', 'xzqdm', 'xzqhdm', '镇街代码', '乡镇代码', '街道代码', 'towncode'] },
    { key: 'name', zh: '镇街名称', en: 'Name', aliases: [...NAME, '镇街名称', '乡镇名称', '街道名称', 'xzqmc', 'xzqhmc', '行政区名称', '乡镇', '镇街', 'townname'] },
  ],
  grid: [
    { key: 'code', zh: '网格编码', en: 'Code', required: true, aliases: [...CODE, '网格编码', '网格代码', '网格编号', 'gridcode'] },
    { key: 'name', zh: '网格名称', en: 'Name', aliases: [...NAME, '网格名称', '网格', 'gridname'] },
    { key: 'town_code', zh: '所属镇街代码', en: 'Town code', aliases: ['towncode', '所属镇街代码', '镇街代码', '乡镇代码', '街道代码', '所属乡镇代码'] },
    { key: 'town_name', zh: '所属镇街', en: 'Town name', aliases: ['townname', 'town', '所属镇街', '镇街', '所属乡镇', '乡镇', '所属街道', '街道'] },
    { key: 'grid_worker', zh: '网格员', en: 'Grid worker', aliases: ['gridworker', '网格员', '网格员姓名', '专职网格员'] },
    { key: 'grid_worker_phone', zh: '网格员电话', en: 'Grid worker phone', aliases: ['gridworkerphone', '网格员电话', '网格员联系电话', '联系电话', '电话', '手机'] },
    { key: 'responsible_person', zh: '安全监管责任人', en: 'Responsible person', aliases: ['responsibleperson', '责任人', '安全监管责任人', '监管责任人', '网格长'] },
  ],
  parks: [
    { key: 'code', zh: '园区编码', en: 'Code', required: true, aliases: [...CODE, '园区编码', '园区代码', '园区编号', 'parkcode'] },
    { key: 'name', zh: '园区名称', en: 'Name', aliases: [...NAME, '园区名称', '园区', 'parkname'] },
    { key: 'type', zh: '园区类型', en: 'Park type', required: true, aliases: ['type', '园区类型', '类型', '园区类别', '类别', 'parktype'] },
    { key: 'managing_body', zh: '管理机构', en: 'Managing body', aliases: ['managingbody', '管理机构', '管理单位', '运营主体', '管理主体', '运营单位'] },
  ],
  district: [],
};

/** Header text reduced to what identifies it: lower case, no spaces, marks, units or bracketed notes. */
export function normalise(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（【[].*?[)）】\]]/g, '')
    .replace(/[\s*＊_\-—:：./、·'"“”]/g, '');
}

const aliasIndex = new Map<string, Map<string, string>>();
function indexFor(fields: readonly FieldDef[]): Map<string, string> {
  const key = fields.map((f) => f.key).join();
  let m = aliasIndex.get(key);
  if (!m) {
    m = new Map();
    for (const f of fields) {
      for (const name of [f.key, f.zh, ...f.aliases]) {
        const n = normalise(name);
        if (!m.has(n)) m.set(n, f.key);
      }
    }
    aliasIndex.set(key, m);
  }
  return m;
}

/** Field key -> column index (-1 when no column matches). The first column matching a field wins. */
export type ColumnMapping = Record<string, number>;

/** Suggests a column for every field by its names; a column is given to one field at most. */
export function suggestMapping(fields: readonly FieldDef[], header: readonly string[]): ColumnMapping {
  const index = indexFor(fields);
  const out: ColumnMapping = Object.fromEntries(fields.map((f) => [f.key, -1]));
  header.forEach((h, i) => {
    const key = index.get(normalise(h));
    if (key !== undefined && out[key] === -1) out[key] = i;
  });
  return out;
}

/** How many fields a row of cells names: the header row is the one that names the most. */
export function headerScore(fields: readonly FieldDef[], cells: readonly string[]): number {
  const index = indexFor(fields);
  const named = new Set<string>();
  for (const c of cells) {
    const key = index.get(normalise(c));
    if (key !== undefined) named.add(key);
  }
  return named.size;
}

/** Required fields with no column. */
export function missingRequired(fields: readonly FieldDef[], mapping: ColumnMapping): FieldDef[] {
  return fields.filter((f) => f.required && (mapping[f.key] ?? -1) < 0);
}
