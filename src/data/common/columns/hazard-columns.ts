/**
 * The hazard ledger's columns (隐患台账), declared once like the enterprise columns
 * (enterprise-columns.ts): the Arrow type, the values a bundle may hold, and the import fields with
 * the names bureaus give them. hazards.arrow holds the numeric columns, then the text ones, in this
 * order; the import dialog lists the fields in HAZARD_VIEW_ORDER.import's order.
 */
import type { HazardColumns } from '../../dataset.ts';
import { defineColumns, type NumericType, type TypedArrays, type TypesOf } from './column-types.ts';
import { CREDIT_CODE_NAMES } from './enterprise-columns.ts';
import { columnTexts } from './select.ts';
import { WORDS } from '../../../domain/words-strings.ts';
import { COLUMN_HEADERS } from './column-strings.ts';

const FILE = 'hazards.arrow';

export const HAZARD_COLUMNS = defineColumns({
  /** Row index of the enterprise in EnterpriseColumns: either its credit code or its name ties a hazard to it (the reader checks one is there). */
  enterprise: {
    type: 'Int32',
    file: FILE,
    range: (m) => ({
      lo: 0,
      hi: m.enterprises,
      what: {
        zh: `应指向 0 到 ${m.enterprises - 1} 号企业`,
        en: `it should point at enterprise 0 to ${m.enterprises - 1}`,
      },
    }),
    import: [
      { field: 'credit_code', label: COLUMN_HEADERS.creditCode, aliases: CREDIT_CODE_NAMES },
      {
        field: 'enterprise_name',
        label: COLUMN_HEADERS.enterpriseName,
        aliases: ['企业名称', '单位名称', '名称', '生产经营单位名称', '被检查单位', '企业(单位)名称'],
      },
    ],
  },
  /** Day numbers (src/data/dates.ts); -1 none. */
  found: {
    type: 'Int32',
    file: FILE,
    import: {
      field: 'found_date',
      label: COLUMN_HEADERS.dateFound,
      required: true,
      aliases: ['发现日期', '发现时间', '排查日期', '排查时间', '检查日期', '检查时间', '登记日期', '上报日期'],
    },
  },
  deadline: {
    type: 'Int32',
    file: FILE,
    import: {
      field: 'deadline',
      label: WORDS.deadline,
      aliases: [
        '整改期限',
        '整改时限',
        '限期整改日期',
        '整改截止日期',
        '计划完成时间',
        '整改期限日期',
        '限改日期',
        '要求整改日期',
      ],
    },
  },
  closed: {
    type: 'Int32',
    file: FILE,
    import: {
      field: 'closed_date',
      label: COLUMN_HEADERS.closureDate,
      aliases: ['销号日期', '整改完成日期', '完成日期', '实际完成时间', '销号时间', '整改完成时间', '验收日期'],
    },
  },
  /** 0 general, 1 major */
  level: {
    type: 'Uint8',
    file: FILE,
    import: {
      field: 'level',
      label: WORDS.hazardLevel,
      required: true,
      aliases: ['隐患等级', '隐患级别', '隐患类别', '隐患类型', '等级'],
    },
  },
  /** HAZARD_STATUSES index */
  status: {
    type: 'Uint8',
    file: FILE,
    import: {
      field: 'status',
      label: COLUMN_HEADERS.hazardStatus,
      required: true,
      aliases: ['整改状态', '状态', '隐患状态', '整改情况', '治理状态', '处理状态'],
    },
  },
  /** HAZARD_SOURCES index; 255 unknown */
  source: {
    type: 'Uint8',
    file: FILE,
    import: {
      field: 'source',
      label: WORDS.source,
      aliases: ['来源', '隐患来源', '检查类型', '发现方式', '检查方式', '排查类型'],
    },
  },
  listed: {
    type: 'Uint8',
    file: FILE,
    import: {
      field: 'listed_supervision',
      label: WORDS.listed,
      aliases: ['挂牌督办', '是否挂牌督办', '督办', '是否督办', '挂牌'],
    },
  },
  id: {
    type: 'Utf8',
    file: FILE,
    import: {
      field: 'id',
      label: COLUMN_HEADERS.hazardId,
      required: true,
      aliases: ['隐患编号', '编号', '隐患id', '隐患编码', '隐患单号', '登记编号'],
    },
  },
  description: {
    type: 'Utf8',
    file: FILE,
    import: {
      field: 'description',
      label: COLUMN_HEADERS.description,
      aliases: ['隐患描述', '隐患内容', '问题描述', '隐患情况', '存在问题', '隐患名称', '隐患问题'],
    },
  },
  responsiblePerson: {
    type: 'Utf8',
    file: FILE,
    import: {
      field: 'responsible_person',
      label: COLUMN_HEADERS.hazardResponsible,
      aliases: ['责任人', '整改责任人', '隐患整改责任人', '负责人'],
    },
  },
});

/** Every text of the hazard columns, for the string catalogue's test. */
export const HAZARD_COLUMN_TEXT = columnTexts(HAZARD_COLUMNS);

type Types = TypesOf<typeof HAZARD_COLUMNS>;
export type HazardNumericName = { [K in keyof Types]: Types[K] extends 'Utf8' ? never : K }[keyof Types];
export type HazardTextName = { [K in keyof Types]: Types[K] extends 'Utf8' ? K : never }[keyof Types];

/** Where a view's order is not the table's (see ENTERPRISE_VIEW_ORDER): the import dialog's fields. */
export const HAZARD_VIEW_ORDER = {
  import: [
    'id',
    'enterprise',
    'found',
    'level',
    'status',
    'deadline',
    'closed',
    'source',
    'description',
    'responsiblePerson',
  ],
} as const satisfies Record<string, readonly (keyof typeof HAZARD_COLUMNS)[]>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Agree = [
  Same<Exclude<keyof HazardColumns, 'length'>, keyof Types>,
  { [K in HazardNumericName]: Same<HazardColumns[K], TypedArrays[Types[K] & NumericType]> }[HazardNumericName],
] extends [true, true]
  ? true
  : false;
/** Compile-time check: HazardColumns (dataset.ts) has exactly the columns declared here, with their types (else this does not compile). */
export const HAZARD_COLUMNS_AGREE: Agree = true;
