/**
 * The inspection ledger's columns (检查台账), declared once like the hazard ledger's
 * (hazard-columns.ts): the Arrow type, the values a bundle may hold, and the import fields with the
 * names bureaus give them. inspections.arrow holds the numeric columns, then the text ones, in this
 * order; the import dialog lists the fields in INSPECTION_VIEW_ORDER.import's order.
 */
import type { InspectionColumns } from '../../dataset.ts';
import { defineColumns, type NumericType, type TypedArrays, type TypesOf } from './column-types.ts';
import { CREDIT_CODE_NAMES } from './enterprise-columns.ts';
import { columnTexts } from './select.ts';
import { COLUMN_HEADERS } from './column-strings.ts';

const FILE = 'inspections.arrow';

export const INSPECTION_COLUMNS = defineColumns({
  /** Row index of the enterprise in EnterpriseColumns: its credit code or its exact name ties an inspection to it (the reader checks one is there). */
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
        aliases: [
          '被检查单位',
          '被检查单位名称',
          '被检查企业',
          '被检查对象',
          '检查对象',
          '企业名称',
          '单位名称',
          '名称',
          '生产经营单位名称',
          '企业(单位)名称',
        ],
      },
    ],
  },
  /** Day numbers (src/data/dates.ts). */
  day: {
    type: 'Int32',
    file: FILE,
    import: {
      field: 'date',
      label: COLUMN_HEADERS.inspectionDate,
      required: true,
      aliases: [
        '检查日期',
        '检查时间',
        '执法日期',
        '执法时间',
        '检查开始日期',
        '检查开始时间',
        '巡查日期',
        '巡查时间',
        '日期',
      ],
    },
  },
  /** INSPECTION_KINDS index (src/domain/supervision); 255 not given. */
  kind: {
    type: 'Uint8',
    file: FILE,
    import: {
      field: 'kind',
      label: COLUMN_HEADERS.inspectionKind,
      aliases: ['检查类型', '检查方式', '检查性质', '检查类别', '检查种类', '执法类型', '执法检查类型', '检查形式'],
    },
  },
  /** Hazards found (发现隐患数); -1 not given. */
  hazardsFound: {
    type: 'Int32',
    file: FILE,
    import: {
      field: 'hazards_found',
      label: COLUMN_HEADERS.hazardsFound,
      aliases: [
        '发现隐患数',
        '发现隐患数量',
        '隐患数量',
        '隐患数',
        '发现隐患',
        '发现问题数',
        '发现问题数量',
        '问题数',
        '隐患条数',
        '隐患个数',
      ],
    },
  },
  /** Administrative penalty (行政处罚): 0 no, 1 yes, 255 not given. Read with `fine` from one cell (yes/no or an amount). */
  penalty: {
    type: 'Uint8',
    file: FILE,
    import: {
      field: 'penalty',
      label: COLUMN_HEADERS.penalty,
      aliases: [
        '行政处罚',
        '是否处罚',
        '是否行政处罚',
        '处罚金额',
        '罚款金额',
        '行政处罚金额',
        '处罚情况',
        '处罚',
        '罚款',
        '罚没金额',
      ],
    },
  },
  /** Fine in yuan; NaN not given. From the penalty cell (an amount such as 5000, 罚款5000元, 2万元). */
  fine: { type: 'Float64', file: FILE },
  id: {
    type: 'Utf8',
    file: FILE,
    import: {
      field: 'id',
      label: COLUMN_HEADERS.inspectionId,
      required: true,
      aliases: [
        '检查编号',
        '文书编号',
        '执法文书编号',
        '检查记录编号',
        '检查单号',
        '记录编号',
        '检查记录号',
        '执法编号',
        '文书号',
        '编号',
      ],
    },
  },
  /** Inspecting unit (检查单位/执法机构). */
  unit: {
    type: 'Utf8',
    file: FILE,
    import: {
      field: 'unit',
      label: COLUMN_HEADERS.inspectingUnit,
      aliases: [
        '检查单位',
        '执法机构',
        '执法单位',
        '检查部门',
        '检查机构',
        '执法部门',
        '实施单位',
        '检查主体',
        '执法主体',
      ],
    },
  },
  inspectors: {
    type: 'Utf8',
    file: FILE,
    import: {
      field: 'inspectors',
      label: COLUMN_HEADERS.inspectors,
      aliases: ['检查人员', '执法人员', '检查人', '执法人', '巡查人员', '巡查人', '检查人员姓名', '执法人员姓名'],
    },
  },
  result: {
    type: 'Utf8',
    file: FILE,
    import: {
      field: 'result',
      label: COLUMN_HEADERS.inspectionResult,
      aliases: ['检查结果', '检查结论', '处理结果', '检查情况', '处理情况', '处理意见', '检查意见'],
    },
  },
});

/** Every text of the inspection columns, for the string catalogue's test. */
export const INSPECTION_COLUMN_TEXT = columnTexts(INSPECTION_COLUMNS);

type Types = TypesOf<typeof INSPECTION_COLUMNS>;
export type InspectionNumericName = { [K in keyof Types]: Types[K] extends 'Utf8' ? never : K }[keyof Types];
export type InspectionTextName = { [K in keyof Types]: Types[K] extends 'Utf8' ? K : never }[keyof Types];

/** Where a view's order is not the table's (see ENTERPRISE_VIEW_ORDER): the import dialog's fields. */
export const INSPECTION_VIEW_ORDER = {
  import: ['id', 'enterprise', 'day', 'kind', 'unit', 'inspectors', 'result', 'hazardsFound', 'penalty'],
} as const satisfies Record<string, readonly (keyof typeof INSPECTION_COLUMNS)[]>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Agree = [
  Same<Exclude<keyof InspectionColumns, 'length'>, keyof Types>,
  {
    [K in InspectionNumericName]: Same<InspectionColumns[K], TypedArrays[Types[K] & NumericType]>;
  }[InspectionNumericName],
] extends [true, true]
  ? true
  : false;
/** Compile-time check: InspectionColumns (dataset.ts) has exactly the columns declared here, with their types (else this does not compile). */
export const INSPECTION_COLUMNS_AGREE: Agree = true;
