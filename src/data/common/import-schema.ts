/**
 * What each role's table or layer holds (the columns of docs/data-format.md), and the names bureaus
 * give those columns in their own ledgers and GIS exports. Header mapping suggests a column for each
 * field by these names; the user can change any of it in the import dialog. The tables' fields are
 * declared with their columns (src/data/common/columns/); the boundary layers' are here.
 */
import { FLAGS } from '../../domain/flags.ts';
import type { Text } from '../../domain/text.ts';
import type { ImportField } from './columns/column-types.ts';
import { ENTERPRISE_COLUMNS } from './columns/enterprise-columns.ts';
import { HAZARD_COLUMNS, HAZARD_VIEW_ORDER } from './columns/hazard-columns.ts';
import { INSPECTION_COLUMNS, INSPECTION_VIEW_ORDER } from './columns/inspection-columns.ts';
import { importFields } from './columns/select.ts';

export type TableRole = 'enterprises' | 'hazards' | 'inspections';
export type LayerRole = 'towns' | 'grid' | 'parks' | 'district';
export type Role = TableRole | LayerRole | 'meta' | 'riskModel' | 'supervision';

export const ROLES: readonly Role[] = [
  'enterprises',
  'hazards',
  'inspections',
  'towns',
  'grid',
  'parks',
  'district',
  'meta',
  'riskModel',
  'supervision',
];
export const TABLE_ROLES: readonly TableRole[] = ['enterprises', 'hazards', 'inspections'];
export const LAYER_ROLES: readonly LayerRole[] = ['towns', 'grid', 'parks', 'district'];

export interface FieldDef extends Text {
  /** The column name of docs/data-format.md. */
  key: string;
  required?: boolean;
  /** Other names for the column, as bureaus write them (compared after normalise()). */
  aliases: readonly string[];
}

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
  key: `flag:${f.key}`,
  zh: f.zh,
  en: f.en,
  aliases: [f.zh, `是否${f.zh}`, `是否为${f.zh}`, `涉及${f.zh}`, ...(FLAG_ALIASES[f.key] ?? [])],
}));

const fieldDef = ({ field, label, ...f }: ImportField): FieldDef => ({ key: field, zh: label.zh, en: label.en, ...f });

export const TABLE_FIELDS: Record<TableRole, readonly FieldDef[]> = {
  enterprises: [...importFields(ENTERPRISE_COLUMNS).map(fieldDef), ...FLAG_COLUMNS],
  hazards: importFields(HAZARD_COLUMNS, HAZARD_VIEW_ORDER.import).map(fieldDef),
  inspections: importFields(INSPECTION_COLUMNS, INSPECTION_VIEW_ORDER.import).map(fieldDef),
};

const CODE = ['code', '编码', '代码', '编号', 'id'];
const NAME = ['name', '名称'];

/** Every table field, of any role: a header row is looked for by these whatever role the table turns out to have. */
export const ALL_TABLE_FIELDS: readonly FieldDef[] = [
  ...TABLE_FIELDS.enterprises,
  ...TABLE_FIELDS.hazards,
  ...TABLE_FIELDS.inspections,
];

export const LAYER_FIELDS: Record<LayerRole, readonly FieldDef[]> = {
  towns: [
    {
      key: 'code',
      zh: '镇街代码',
      en: 'Code',
      required: true,
      aliases: [
        ...CODE,
        '行政区划代码',
        '区划代码',
        'adcode',
        'xzqdm',
        'xzqhdm',
        '镇街代码',
        '乡镇代码',
        '街道代码',
        'towncode',
      ],
    },
    {
      key: 'name',
      zh: '镇街名称',
      en: 'Name',
      aliases: [
        ...NAME,
        '镇街名称',
        '乡镇名称',
        '街道名称',
        'xzqmc',
        'xzqhmc',
        '行政区名称',
        '乡镇',
        '镇街',
        'townname',
      ],
    },
  ],
  grid: [
    {
      key: 'code',
      zh: '网格编码',
      en: 'Code',
      required: true,
      aliases: [...CODE, '网格编码', '网格代码', '网格编号', 'gridcode'],
    },
    { key: 'name', zh: '网格名称', en: 'Name', aliases: [...NAME, '网格名称', '网格', 'gridname'] },
    {
      key: 'town_code',
      zh: '所属镇街代码',
      en: 'Town code',
      aliases: ['towncode', '所属镇街代码', '镇街代码', '乡镇代码', '街道代码', '所属乡镇代码'],
    },
    {
      key: 'town_name',
      zh: '所属镇街',
      en: 'Town name',
      aliases: ['townname', 'town', '所属镇街', '镇街', '所属乡镇', '乡镇', '所属街道', '街道'],
    },
    {
      key: 'grid_worker',
      zh: '网格员',
      en: 'Grid worker',
      aliases: ['gridworker', '网格员', '网格员姓名', '专职网格员'],
    },
    {
      key: 'grid_worker_phone',
      zh: '网格员电话',
      en: 'Grid worker phone',
      aliases: ['gridworkerphone', '网格员电话', '网格员联系电话', '联系电话', '电话', '手机'],
    },
    {
      key: 'responsible_person',
      zh: '安全监管责任人',
      en: 'Responsible person',
      aliases: ['responsibleperson', '责任人', '安全监管责任人', '监管责任人', '网格长'],
    },
  ],
  parks: [
    {
      key: 'code',
      zh: '园区编码',
      en: 'Code',
      required: true,
      aliases: [...CODE, '园区编码', '园区代码', '园区编号', 'parkcode'],
    },
    { key: 'name', zh: '园区名称', en: 'Name', aliases: [...NAME, '园区名称', '园区', 'parkname'] },
    {
      key: 'type',
      zh: '园区类型',
      en: 'Park type',
      required: true,
      aliases: ['type', '园区类型', '类型', '园区类别', '类别', 'parktype'],
    },
    {
      key: 'managing_body',
      zh: '管理机构',
      en: 'Managing body',
      aliases: ['managingbody', '管理机构', '管理单位', '运营主体', '管理主体', '运营单位'],
    },
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
