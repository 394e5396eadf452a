/**
 * Every enterprise column, declared once: its Arrow type and the bundle file it lives in, the values
 * a bundle may hold, the import field and the names bureaus give it, how a cell is read, and how the
 * folder export, the CSV and Excel lists and the drawer show it. The bundle writer and reader, the
 * validator, the import schema, the build, the exports and the drawer all walk this table, and
 * `EnterpriseColumns` (columns.ts) is the record of its numeric columns' typed arrays.
 *
 * The order of the entries is the order of the import's fields (and of the folder export), then the
 * columns the build computes; the numeric columns are written to enterprises.arrow in this order,
 * the positions first. A view whose order differs names its first columns in ENTERPRISE_VIEW_ORDER.
 * Entries of type `view` are rows a view derives from other columns; they are not stored.
 */
import { FLAGS, flagKeys } from '../../../domain/flags.ts';
import { LEVELS } from '../../../domain/levels.ts';
import { PARK_TYPES } from '../../../domain/parks.ts';
import { vetoFor } from '../../../domain/risk-model.ts';
import { VETO_NAMES } from '../../../domain/explain.ts';
import { SECTORS } from '../../../domain/sectors.ts';
import type { Lang } from '../../../domain/lang.ts';
import { tr } from '../../../domain/text.ts';
import { SCALES } from '../../columns.ts';
import type { EnterpriseText } from '../../dataset.ts';
import { defineColumns, type Text, type TextSource, type TypesOf } from './column-types.ts';
import { columnTexts } from './select.ts';
import { WORDS } from '../../../domain/words-strings.ts';
import { COLUMN_HEADERS } from './column-strings.ts';

/** The names bureaus give the credit code column (the hazard ledger's too). */
export const CREDIT_CODE_NAMES = [
  '统一社会信用代码',
  '社会信用代码',
  '信用代码',
  '统一代码',
  '社会统一信用代码',
  '统一社会信用代码证',
  '组织机构代码',
  'creditcode',
  'uscc',
];

const FIRST_PICTURE = 'enterprises.arrow';
const STREAMED_TEXT = 'enterprise-text.arrow';

const str = (col: TextSource, i: number) => col.get(i) ?? '';
const areaName = (list: readonly { name: string }[], k: number) => (k >= 0 && k < list.length ? list[k].name : '');
/** A domain entry's name in the export's language, '' for a code outside its list. */
const nameOf = (entry: Text | undefined, lang: Lang) => (entry ? tr(lang, entry) : '');
const levelName = (code: number, lang: Lang) => nameOf(LEVELS[code], lang);
const areaIds = (n: number, what: string) => ({
  lo: -1,
  hi: n,
  what: {
    zh: `应在 -1 到 ${n - 1} 之间（清单中有 ${n} 个${what}）`,
    en: `it should be -1 to ${n - 1} (manifest.json lists ${n})`,
  },
});

/** The text of the drawer's values that is not a column's label. */
export const DRAWER_VALUE_TEXT = {
  employeeCount: { zh: '{0} 人', en: '{0}' },
  stdGradeNone: { zh: '未达标', en: 'None' },
  notInPark: WORDS.notInPark,
} as const satisfies Record<string, Text>;

export const ENTERPRISE_COLUMNS = defineColumns({
  creditCode: {
    type: 'Utf8',
    file: STREAMED_TEXT,
    import: { field: 'credit_code', label: COLUMN_HEADERS.creditCode, required: true, aliases: CREDIT_CODE_NAMES },
    folder: (x) => str(x.text.creditCode, x.i),
    export: { header: COLUMN_HEADERS.creditCode, kind: 'code', value: (x) => str(x.text.creditCode, x.i) },
    drawer: {
      label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
      value: (x) => (x.text ? str(x.text.creditCode, x.i) : x.words.pending),
    },
  },
  name: {
    type: 'Utf8',
    file: STREAMED_TEXT,
    import: {
      field: 'name',
      label: COLUMN_HEADERS.name,
      required: true,
      aliases: [
        '企业名称',
        '单位名称',
        '名称',
        '企业单位名称',
        '生产经营单位名称',
        '企业(单位)名称',
        '单位全称',
        '企业全称',
        'company',
        'enterprise',
        'enterprisename',
      ],
    },
    folder: (x) => str(x.text.name, x.i),
    export: { header: COLUMN_HEADERS.name, kind: 'text', value: (x) => str(x.text.name, x.i) },
  },
  /** WGS84 longitude and latitude, degrees. */
  lon: {
    type: 'Float64',
    file: FIRST_PICTURE,
    position: true,
    import: {
      field: 'lon',
      label: { zh: '经度 / X', en: 'Longitude / X' },
      required: true,
      aliases: ['经度', '东经', 'x坐标', 'x', 'lng', 'long', 'longitude', '经度坐标', '横坐标', 'gpsx', 'pointx'],
    },
    folder: (x) => x.c.lon[x.i].toFixed(7),
  },
  lat: {
    type: 'Float64',
    file: FIRST_PICTURE,
    position: true,
    import: {
      field: 'lat',
      label: { zh: '纬度 / Y', en: 'Latitude / Y' },
      required: true,
      aliases: ['纬度', '北纬', 'y坐标', 'y', 'latitude', '纬度坐标', '纵坐标', 'gpsy', 'pointy'],
    },
    folder: (x) => x.c.lat[x.i].toFixed(7),
  },
  /** Leaf sector code: index into SECTORS (src/domain/sectors.ts). */
  sector: {
    type: 'Uint8',
    file: FIRST_PICTURE,
    range: () => ({
      lo: 0,
      hi: SECTORS.length,
      what: { zh: `行业代码应小于 ${SECTORS.length}`, en: `a sector code should be below ${SECTORS.length}` },
    }),
    import: {
      field: 'sector',
      label: WORDS.sector,
      required: true,
      aliases: [
        '行业',
        '行业领域',
        '所属行业',
        '行业类别',
        '监管行业',
        '行业分类',
        '行业类型',
        '所属行业领域',
        '监管领域',
        'industry',
      ],
    },
    folder: (x) => SECTORS[x.c.sector[x.i]].key,
    export: { header: WORDS.sector, kind: 'text', value: (x) => nameOf(SECTORS[x.c.sector[x.i]], x.lang) },
    drawer: { label: WORDS.sector, value: (x) => x.words.say(SECTORS[x.c.sector[x.i]]) },
  },
  industryCode: {
    type: 'Utf8',
    file: STREAMED_TEXT,
    import: {
      field: 'industry_code',
      label: { zh: '国民经济行业代码', en: 'GB/T 4754 code' },
      aliases: ['行业代码', '国民经济行业代码', '国民经济行业分类代码', '国民经济行业分类', '国标行业代码', 'gbt4754'],
    },
    folder: (x) => str(x.text.industryCode, x.i),
    drawer: {
      label: { zh: '国民经济行业代码', en: 'Industry code (GB/T 4754)' },
      value: (x) => (x.text ? str(x.text.industryCode, x.i) : x.words.pending) || x.words.none,
    },
  },
  address: {
    type: 'Utf8',
    file: STREAMED_TEXT,
    import: {
      field: 'address',
      label: COLUMN_HEADERS.address,
      aliases: ['地址', '注册地址', '经营地址', '详细地址', '生产经营地址', '单位地址', '企业地址', '生产地址'],
    },
    folder: (x) => str(x.text.address, x.i),
    export: { header: COLUMN_HEADERS.address, kind: 'text', value: (x) => str(x.text.address, x.i) },
    drawer: { label: COLUMN_HEADERS.address, value: (x) => (x.text ? str(x.text.address, x.i) : x.words.pending) },
  },
  /** 0 unknown, 1 large, 2 medium, 3 small, 4 micro (SCALES). */
  scale: {
    type: 'Uint8',
    file: FIRST_PICTURE,
    import: { field: 'scale', label: COLUMN_HEADERS.scale, aliases: ['规模', '企业规模', '企业规模类型'] },
    folder: (x) => SCALES[x.c.scale[x.i]].key,
    drawer: { label: COLUMN_HEADERS.scale, value: (x) => x.words.say(SCALES[x.c.scale[x.i]]) },
  },
  employees: {
    type: 'Int32',
    file: FIRST_PICTURE,
    import: {
      field: 'employees',
      label: COLUMN_HEADERS.employees,
      aliases: [
        '从业人员',
        '职工人数',
        '从业人数',
        '员工人数',
        '从业人员数',
        '从业人员数量',
        '人数',
        '职工总数',
        'staff',
      ],
    },
    folder: (x) => String(x.c.employees[x.i]),
    drawer: {
      label: COLUMN_HEADERS.employees,
      value: (x) => x.words.say(DRAWER_VALUE_TEXT.employeeCount, x.c.employees[x.i]),
    },
  },
  /** Bitmask over FLAGS (src/domain/flags.ts). */
  flags: {
    type: 'Uint16',
    file: FIRST_PICTURE,
    import: {
      field: 'flags',
      label: { zh: '特殊标签', en: 'Flags' },
      aliases: ['标签', '特殊标签', '风险标签', '重点类别', '企业标签', '特殊类型'],
    },
    // 小微 follows from the scale, so the folder does not repeat it.
    folder: (x) =>
      flagKeys(x.c.flags[x.i])
        .filter((k) => k !== 'small_micro')
        .join(';'),
    drawer: {
      label: { zh: '重点标签', en: 'Flags' },
      value: (x) =>
        x.words.list(flagKeys(x.c.flags[x.i]).map((k) => x.words.say(FLAGS.find((f) => f.key === k)!))) || x.words.none,
    },
  },
  /** Safety standardisation grade, 0 none, 1 (best) to 3. */
  stdGrade: {
    type: 'Uint8',
    file: FIRST_PICTURE,
    import: {
      field: 'standardization_grade',
      label: { zh: '标准化等级', en: 'Standardisation grade' },
      aliases: ['标准化等级', '安全生产标准化等级', '标准化', '标准化级别', '安全标准化等级'],
    },
    folder: (x) => String(x.c.stdGrade[x.i]),
    drawer: {
      label: { zh: '安全生产标准化等级', en: 'Standardisation grade' },
      value: (x) => (x.c.stdGrade[x.i] ? String(x.c.stdGrade[x.i]) : x.words.say(DRAWER_VALUE_TEXT.stdGradeNone)),
    },
  },
  accidents3y: {
    type: 'Uint8',
    file: FIRST_PICTURE,
    import: {
      field: 'accidents_3y',
      label: { zh: '近三年事故', en: 'Accidents (3 y)' },
      aliases: ['近三年事故', '近三年事故起数', '三年内事故', '近三年事故数', '近3年事故'],
    },
    folder: (x) => String(x.c.accidents3y[x.i]),
    drawer: { label: { zh: '近三年事故', en: 'Accidents (3 years)' }, value: (x) => String(x.c.accidents3y[x.i]) },
  },
  /** 1 when a major accident happened within three years. */
  majorAccident3y: {
    type: 'Uint8',
    file: FIRST_PICTURE,
    import: {
      field: 'major_accident_3y',
      label: { zh: '近三年较大事故', en: 'Major accident (3 y)' },
      aliases: ['近三年较大以上事故', '近三年重大事故', '近三年较大事故', '近3年较大以上事故'],
    },
    folder: (x) => (x.c.majorAccident3y[x.i] ? 'true' : 'false'),
    drawer: {
      label: { zh: '近三年重大事故', en: 'Major accident (3 years)' },
      value: (x) => (x.c.majorAccident3y[x.i] ? x.words.yes : x.words.no),
    },
  },
  penalties1y: {
    type: 'Uint8',
    file: FIRST_PICTURE,
    import: {
      field: 'penalties_1y',
      label: { zh: '近一年行政处罚', en: 'Penalties (1 y)' },
      aliases: ['近一年行政处罚', '行政处罚次数', '处罚次数', '近一年处罚', '近1年行政处罚'],
    },
    folder: (x) => String(x.c.penalties1y[x.i]),
    drawer: { label: { zh: '近一年行政处罚', en: 'Penalties (1 year)' }, value: (x) => String(x.c.penalties1y[x.i]) },
  },
  /** Assessed score 0-100 from an external assessment, NaN when absent. */
  assessedScore: {
    type: 'Float32',
    file: FIRST_PICTURE,
    none: NaN,
    import: {
      field: 'risk_score',
      label: { zh: '风险分值', en: 'Assessed score' },
      aliases: ['风险分值', '风险评分', '评估分值', '得分', '风险得分', '评分', '评估得分'],
    },
    // Scores are Float32 in the bundle: 33.2 would come back as 33.20000076293945 without rounding.
    folder: (x) =>
      x.c.assessedLevel[x.i] >= 0 && Number.isFinite(x.c.assessedScore[x.i])
        ? String(Math.round(x.c.assessedScore[x.i] * 100) / 100)
        : '',
  },
  /** Assessed level code 0-3, -1 when absent. */
  assessedLevel: {
    type: 'Int8',
    file: FIRST_PICTURE,
    none: -1,
    import: {
      field: 'risk_level',
      label: { zh: '风险等级', en: 'Assessed level' },
      aliases: ['风险等级', '风险级别', '评估等级', '四色等级', '风险分级', '安全风险等级'],
    },
    folder: (x) => (x.c.assessedLevel[x.i] >= 0 ? LEVELS[x.c.assessedLevel[x.i]].key : ''),
    export: {
      header: { zh: '评估等级', en: 'Assessed level' },
      kind: 'text',
      value: (x) => (x.c.assessedLevel[x.i] >= 0 ? levelName(x.c.assessedLevel[x.i], x.lang) : ''),
    },
  },
  /** Score and level from the risk model (src/domain/risk-model.ts). */
  modelScore: { type: 'Float32', file: FIRST_PICTURE },
  modelLevel: {
    type: 'Uint8',
    file: FIRST_PICTURE,
    export: {
      header: { zh: '模型等级', en: 'Model level' },
      kind: 'text',
      value: (x) => levelName(x.c.modelLevel[x.i], x.lang),
    },
  },
  /** The score and level shown on the map: assessed when present, else modelled. */
  score: {
    type: 'Float32',
    file: FIRST_PICTURE,
    export: { header: WORDS.riskScore, kind: 'score', value: (x) => x.c.score[x.i] },
  },
  level: {
    type: 'Uint8',
    file: FIRST_PICTURE,
    range: () => ({ lo: 0, hi: 4, what: { zh: '风险等级应为 0-3', en: 'a level should be 0-3' } }),
    export: { header: WORDS.riskLevel, kind: 'text', value: (x) => levelName(x.c.level[x.i], x.lang) },
  },
  /** The veto that forced 重大 under the list's scoring rules. */
  veto: {
    type: 'view',
    export: {
      header: WORDS.veto,
      kind: 'text',
      value: (x) => {
        const veto = x.model ? vetoFor(x.model.veto, x.c.hazardsOpenMajor[x.i], x.c.majorAccident3y[x.i]) : null;
        return veto ? tr(x.lang, VETO_NAMES[veto]) : '';
      },
    },
  },
  /** Index into the dataset's towns, grid cells, parks; -1 when outside all of them. */
  town: {
    type: 'Int16',
    file: FIRST_PICTURE,
    range: (m) => areaIds(m.towns.length, '镇街'),
    export: { header: WORDS.town, kind: 'text', value: (x) => areaName(x.manifest.towns, x.c.town[x.i]) },
    drawer: {
      label: WORDS.town,
      value: (x) => (x.c.town[x.i] >= 0 ? x.manifest.towns[x.c.town[x.i]].name : x.words.none),
    },
  },
  grid: {
    type: 'Int16',
    file: FIRST_PICTURE,
    range: (m) => areaIds(m.grids.length, '网格'),
    export: { header: WORDS.grid, kind: 'text', value: (x) => areaName(x.manifest.grids, x.c.grid[x.i]) },
    drawer: {
      label: WORDS.grid,
      value: (x) => (x.c.grid[x.i] >= 0 ? x.manifest.grids[x.c.grid[x.i]].name : x.words.none),
    },
  },
  /** The grid cell's worker and the person responsible for it, from the manifest. */
  gridWorker: {
    type: 'view',
    drawer: {
      label: WORDS.gridWorker,
      value: (x) => {
        const g = x.c.grid[x.i] >= 0 ? x.manifest.grids[x.c.grid[x.i]] : null;
        return g ? `${g.gridWorker} ${g.gridWorkerPhone}`.trim() : x.words.none;
      },
    },
  },
  responsiblePerson: {
    type: 'view',
    drawer: {
      label: WORDS.responsiblePerson,
      value: (x) => (x.c.grid[x.i] >= 0 ? x.manifest.grids[x.c.grid[x.i]].responsiblePerson : x.words.none),
    },
  },
  park: {
    type: 'Int16',
    file: FIRST_PICTURE,
    range: (m) => areaIds(m.parks.length, '园区'),
    export: { header: WORDS.park, kind: 'text', value: (x) => areaName(x.manifest.parks, x.c.park[x.i]) },
    drawer: {
      label: WORDS.park,
      value: (x) => {
        const p = x.c.park[x.i] >= 0 ? x.manifest.parks[x.c.park[x.i]] : null;
        return p ? p.name + x.words.parens(x.words.say(PARK_TYPES[p.type])) : x.words.say(DRAWER_VALUE_TEXT.notInPark);
      },
    },
  },
  /** Park type code of the enterprise's park (PARK_TYPES), -1 when not in any park. */
  parkType: { type: 'Int8', file: FIRST_PICTURE },
  /** Hazard ledger summaries per enterprise, as of the data date (summariseHazards). */
  hazardsTotal: { type: 'Uint16', file: FIRST_PICTURE },
  hazardsOpen: {
    type: 'Uint16',
    file: FIRST_PICTURE,
    export: { header: WORDS.openHazards, kind: 'count', value: (x) => x.c.hazardsOpen[x.i] },
  },
  hazardsOpenMajor: { type: 'Uint16', file: FIRST_PICTURE },
  hazardsOverdue: {
    type: 'Uint16',
    file: FIRST_PICTURE,
    export: { header: WORDS.overdueHazards, kind: 'count', value: (x) => x.c.hazardsOverdue[x.i] },
  },
  /** Number of open hazards under listed supervision (挂牌督办). */
  hazardsListed: { type: 'Uint16', file: FIRST_PICTURE },
});

/** Every text of the enterprise columns, for the string catalogue's test. */
export const ENTERPRISE_COLUMN_TEXT = columnTexts(ENTERPRISE_COLUMNS);

/** The declared type of every enterprise column, by name. */
export type EnterpriseColumnTypes = TypesOf<typeof ENTERPRISE_COLUMNS>;
/** The names of the text columns (enterprise-text.arrow). */
export type EnterpriseTextName = {
  [K in keyof EnterpriseColumnTypes]: EnterpriseColumnTypes[K] extends 'Utf8' ? K : never;
}[keyof EnterpriseColumnTypes];

/**
 * Where a view's order is not the table's: the columns it shows first, in this order. The view's
 * other columns follow in the table's order, so a new column comes last unless it is named here.
 */
export const ENTERPRISE_VIEW_ORDER = {
  /** enterprise-text.arrow's columns. */
  text: ['creditCode', 'name', 'address'],
  drawer: ['creditCode', 'address'],
  /** The CSV and Excel lists. */
  export: [
    'creditCode',
    'name',
    'level',
    'score',
    'assessedLevel',
    'modelLevel',
    'veto',
    'sector',
    'town',
    'grid',
    'park',
    'address',
  ],
} as const satisfies Record<string, readonly (keyof typeof ENTERPRISE_COLUMNS)[]>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time check: EnterpriseText (dataset.ts) has exactly the text columns declared here (else this does not compile). */
export const ENTERPRISE_TEXT_AGREES: Same<EnterpriseTextName, keyof EnterpriseText> = true;
