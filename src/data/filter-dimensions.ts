/**
 * Every filter dimension, declared once, in the filter panel's order: its id, the filter field it
 * sets, its kind (a list of values, a set of bits that must all hold, a range, free text), its names,
 * how a value reads in a chip and in the link, and where the filter engine keeps it. The filter state
 * and counts types (filter-state.ts), the engine's layout (src/data/filter-engine/layout.ts), the
 * filter panel's sections, the chips and the link's filter parts are all derived from this table;
 * docs/architecture.md says how to add a dimension.
 */
import type { EnterpriseColumns } from './columns.ts';
import type { DatasetManifest } from './dataset.ts';
import type { FilterDims } from './filter-engine/api.ts';
import { FLAGS } from '../domain/flags.ts';
import { LEVEL_COUNT, LEVELS } from '../domain/levels.ts';
import { PARK_TYPES } from '../domain/parks.ts';
import { SECTORS } from '../domain/sectors.ts';

import type { Text } from '../domain/text.ts';
import { INSPECTION_BITS, STATE_BITS, STATE_CODES } from '../domain/supervision/index.ts';
import { CHANGE_BITS, CHANGE_CODE_BITS, CHANGE_CODES } from '../domain/compare/change-codes.ts';

/** Score histogram: {@link SCORE_BINS} bins of width {@link SCORE_BIN_WIDTH} over 0..100 (clamped). */
export const SCORE_BINS = 50;
export const SCORE_BIN_WIDTH = 2;

/** Bits of the hazard filter and slots of its counts, in this order. */
export const HAZARD_BITS = [
  { key: 'openMajor', bit: 1 }, // hazardsOpenMajor > 0
  { key: 'overdue', bit: 2 }, //   hazardsOverdue > 0
  { key: 'listed', bit: 4 }, //    hazardsListed > 0 (挂牌督办)
  { key: 'open', bit: 8 }, //      hazardsOpen > 0
] as const;

/**
 * How the engine keeps a dimension: `codes` (one category code per row: per-value bitsets and
 * crosstabs; the hazard state is its 16 combinations of four bits), `bits` (one bitset per flag),
 * `sorted` (the score order) or `mask` (the text search's per-row mask, no counts).
 */
export type EngineKind = 'codes' | 'bits' | 'sorted' | 'mask';

/*
 * Two levels of types: the `*Spec` shapes an entry of the table satisfies (fields and count keys are
 * any string), and the dimension types the app uses, whose fields and count keys are the table's own
 * (derived below), so `filters[d.field]` is typed without a hand-written list.
 */
interface DimensionBase {
  readonly id: string;
  /** Section title in the filter panel and chip title. */
  readonly name: Text;
  /** Its part of the link (`#<url>=…`). */
  readonly url: string;
  readonly engine: EngineKind;
  /**
   * The engine's visit column holding its code: 0 is the composite of every small code dimension
   * (16 bits between them, the hazard state lowest); 1-3 are list columns of their own, 4 the flags,
   * 5 the score bins, 6 a code dimension with a column of its own (the change state); -1 for text.
   */
  readonly visit: number;
  /** Number of codes the engine counts (for a list: the values, plus one for "none" when it has one). */
  readonly codes: (d: FilterDims) => number;
}

export interface ListSpec extends DimensionBase {
  readonly kind: 'list';
  /** Its field in the filter state (a list of values). */
  readonly field: string;
  /** Its key in the engine's counts (one count per code). */
  readonly counts: string;
  /** The enterprise column holding each row's value (-1 for "none"). */
  readonly column: keyof EnterpriseColumns;
  /** What value -1 means (outside every town, not in any park), or null when there is no such value. */
  readonly none: Text | null;
  /** How the filter panel offers the values; a `search` list starts folded. */
  readonly widget: 'toggles' | 'tree' | 'checks' | 'search';
  /** Values from the domain (levels, sectors, park types) or from the dataset (its towns, cells, parks). */
  readonly source: 'domain' | 'data';
  /** How many values a dataset has (without "none"). */
  readonly valueCount: (m: DatasetManifest) => number;
  /** A second line beside the value in a `search` list (a cell's grid worker, a park's type) and what its search box matches. */
  readonly detail?: (v: number, m: DatasetManifest) => Text | string;
  readonly searchText?: (v: number, m: DatasetManifest) => string;
  /** The search box's placeholder of a `search` list. */
  readonly searchHint?: Text;
  /** The value's name in a chip: a domain entry in both languages or a name from the data. */
  readonly valueName: (v: number, m: DatasetManifest) => Text | string;
  /** The value in the link: a stable key or code, never a position. */
  readonly token: (v: number, m: DatasetManifest) => string;
  readonly parse: (token: string, m: DatasetManifest) => number | undefined;
}

export interface BitsSpec extends DimensionBase {
  readonly kind: 'bits';
  readonly field: string;
  /** Its key in the engine's counts (one count per bit). */
  readonly counts: string;
  /** Its bits, in the order of its counts. */
  readonly bits: readonly { readonly key: string; readonly bit: number; readonly name: Text }[];
  /**
   * A state kept as codes (engine `codes`) read from an enterprise column: the column, and each
   * code's bits (the combinations a row can have). Without them the state is the hazard state, whose
   * code is its bits, read from the hazard counts.
   */
  readonly column?: string;
  readonly codeBits?: readonly number[];
  /**
   * What the section needs to offer its values: the inspection ledger (the status computed), or an
   * open comparison of two data dates. Without it the section shows a note instead.
   */
  readonly needs?: 'inspections' | 'comparison';
}

export interface RangeSpec extends DimensionBase {
  readonly kind: 'range';
  readonly field: string;
  /** Its key in the engine's counts (the score histogram). */
  readonly counts: string;
}

export interface TextSpec extends DimensionBase {
  readonly kind: 'text';
  readonly field: string;
}

/** What an entry of a dimension table is. */
export type DimensionSpec = ListSpec | BitsSpec | RangeSpec | TextSpec;

const byKey = (entries: readonly { key: string }[]) => (t: string) => {
  const i = entries.findIndex((e) => e.key === t);
  return i >= 0 ? i : undefined;
};
const byCode = (entries: (m: DatasetManifest) => readonly { code: string }[]) => (t: string, m: DatasetManifest) => {
  if (t === 'none') return -1;
  const i = entries(m).findIndex((e) => e.code === t);
  return i >= 0 ? i : undefined;
};

const HAZARD_NAMES: Record<(typeof HAZARD_BITS)[number]['key'], Text> = {
  openMajor: { zh: '有未销号重大隐患', en: 'Open major hazard' },
  overdue: { zh: '有逾期隐患', en: 'Overdue hazard' },
  listed: { zh: '挂牌督办', en: 'Listed supervision' },
  open: { zh: '有未销号隐患', en: 'Open hazard' },
};

const TABLE = [
  {
    id: 'text',
    kind: 'text',
    field: 'query',
    name: { zh: '搜索企业名称、信用代码或地址', en: 'Search name, credit code or address' },
    url: 'q',
    engine: 'mask',
    visit: -1,
    codes: () => 0,
  },
  {
    id: 'level',
    kind: 'list',
    field: 'levels',
    counts: 'level',
    name: { zh: '风险等级', en: 'Risk level' },
    url: 'level',
    engine: 'codes',
    visit: 0,
    column: 'level',
    codes: () => LEVEL_COUNT,
    none: null,
    widget: 'toggles',
    source: 'domain',
    valueCount: () => LEVEL_COUNT,
    valueName: (v) => LEVELS[v],
    token: (v) => LEVELS[v].key,
    parse: byKey(LEVELS),
  },
  {
    id: 'sector',
    kind: 'list',
    field: 'sectors',
    counts: 'sector',
    name: { zh: '行业领域', en: 'Sector' },
    url: 'sector',
    engine: 'codes',
    visit: 0,
    column: 'sector',
    codes: () => SECTORS.length,
    none: null,
    widget: 'tree',
    source: 'domain',
    valueCount: () => SECTORS.length,
    valueName: (v) => SECTORS[v],
    token: (v) => SECTORS[v].key,
    parse: byKey(SECTORS),
  },
  {
    id: 'town',
    kind: 'list',
    field: 'towns',
    counts: 'town',
    name: { zh: '镇街', en: 'Towns' },
    url: 'town',
    engine: 'codes',
    visit: 1,
    column: 'town',
    codes: (d) => d.towns + 1,
    none: { zh: '镇街外', en: 'Outside towns' },
    widget: 'checks',
    source: 'data',
    valueCount: (m) => m.towns.length,
    valueName: (v, m) => m.towns[v].name,
    token: (v, m) => m.towns[v].code,
    parse: byCode((m) => m.towns),
  },
  {
    id: 'parkType',
    kind: 'list',
    field: 'parkTypes',
    counts: 'parkType',
    name: { zh: '园区类型', en: 'Park type' },
    url: 'ptype',
    engine: 'codes',
    visit: 0,
    column: 'parkType',
    codes: () => PARK_TYPES.length + 1,
    none: { zh: '不在园区', en: 'Not in any park' },
    widget: 'checks',
    source: 'domain',
    valueCount: () => PARK_TYPES.length,
    valueName: (v) => PARK_TYPES[v],
    token: (v) => PARK_TYPES[v].key,
    parse: (t) => (t === 'none' ? -1 : byKey(PARK_TYPES)(t)),
  },
  {
    id: 'park',
    kind: 'list',
    field: 'parks',
    counts: 'park',
    name: { zh: '园区', en: 'Parks' },
    url: 'park',
    engine: 'codes',
    visit: 3,
    column: 'park',
    codes: (d) => d.parks + 1,
    none: { zh: '不在园区', en: 'Not in any park' },
    widget: 'search',
    source: 'data',
    valueCount: (m) => m.parks.length,
    searchHint: { zh: '按园区名称查找', en: 'Find a park by name' },
    detail: (v, m) => PARK_TYPES[m.parks[v].type],
    searchText: (v, m) => `${m.parks[v].code} ${m.parks[v].name}`,
    valueName: (v, m) => m.parks[v].name,
    token: (v, m) => m.parks[v].code,
    parse: byCode((m) => m.parks),
  },
  {
    id: 'grid',
    kind: 'list',
    field: 'grids',
    counts: 'grid',
    name: { zh: '网格', en: 'Grid cells' },
    url: 'grid',
    engine: 'codes',
    visit: 2,
    column: 'grid',
    codes: (d) => d.grids + 1,
    none: { zh: '无', en: 'None' },
    widget: 'search',
    source: 'data',
    valueCount: (m) => m.grids.length,
    searchHint: { zh: '按网格编码、名称或网格员查找', en: 'Find by grid code, name or grid worker' },
    detail: (v, m) => m.grids[v].gridWorker,
    searchText: (v, m) => `${m.grids[v].code} ${m.grids[v].name} ${m.grids[v].gridWorker}`,
    valueName: (v, m) => m.grids[v].name,
    token: (v, m) => m.grids[v].code,
    parse: byCode((m) => m.grids),
  },
  {
    id: 'flags',
    kind: 'bits',
    field: 'flags',
    counts: 'flag',
    name: { zh: '重点标签', en: 'Flags' },
    url: 'flag',
    engine: 'bits',
    visit: 4,
    codes: () => FLAGS.length,
    bits: FLAGS.map((f, b) => ({ key: f.key, bit: 1 << b, name: f })),
  },
  {
    id: 'hazard',
    kind: 'bits',
    field: 'hazard',
    counts: 'hazard',
    name: { zh: '隐患状态', en: 'Hazards' },
    url: 'hz',
    engine: 'codes',
    visit: 0,
    codes: () => 1 << HAZARD_BITS.length,
    bits: HAZARD_BITS.map((h) => ({ key: h.key, bit: h.bit, name: HAZARD_NAMES[h.key] })),
  },
  {
    id: 'inspection',
    kind: 'bits',
    field: 'inspection',
    counts: 'inspection',
    name: { zh: '检查状态', en: 'Inspection status' },
    url: 'insp',
    engine: 'codes',
    visit: 0,
    column: 'inspectionState',
    codeBits: STATE_BITS,
    needs: 'inspections',
    codes: () => STATE_CODES,
    bits: INSPECTION_BITS.map((b) => ({ key: b.key, bit: b.bit, name: { zh: b.zh, en: b.en } })),
  },
  {
    id: 'change',
    kind: 'bits',
    field: 'change',
    counts: 'change',
    name: { zh: '变化', en: 'Change' },
    url: 'chg',
    engine: 'codes',
    visit: 6,
    column: 'changeState',
    codeBits: CHANGE_CODE_BITS,
    needs: 'comparison',
    codes: () => CHANGE_CODES,
    bits: CHANGE_BITS.map((b) => ({ key: b.key, bit: b.bit, name: { zh: b.zh, en: b.en } })),
  },
  {
    id: 'score',
    kind: 'range',
    field: 'scoreRange',
    counts: 'scoreHist',
    name: { zh: '分值', en: 'Score' },
    url: 'score',
    engine: 'sorted',
    visit: 5,
    codes: () => SCORE_BINS + 1,
  },
] as const satisfies readonly DimensionSpec[];

/** The types of a dimension table's entries: those of the app's table are below. */
export type Entry<T extends readonly DimensionSpec[]> = T[number];
type AppEntry = Entry<typeof TABLE>;

/** The list-valued filter fields a chip, chart bar, checkbox or area click toggles. */
export type ListField = Extract<AppEntry, { kind: 'list' }>['field'];

export interface ListDimension extends ListSpec {
  readonly field: ListField;
  readonly counts: Extract<AppEntry, { kind: 'list' }>['counts'];
}
export interface BitsDimension extends BitsSpec {
  readonly field: Extract<AppEntry, { kind: 'bits' }>['field'];
  readonly counts: Extract<AppEntry, { kind: 'bits' }>['counts'];
}
export interface RangeDimension extends RangeSpec {
  readonly field: Extract<AppEntry, { kind: 'range' }>['field'];
  readonly counts: Extract<AppEntry, { kind: 'range' }>['counts'];
}
export interface TextDimension extends TextSpec {
  readonly field: Extract<AppEntry, { kind: 'text' }>['field'];
}
export type FilterDimension = ListDimension | BitsDimension | RangeDimension | TextDimension;

export const FILTER_DIMENSIONS: readonly FilterDimension[] = TABLE;
/** The app's table with its entries' own types, for types derived from it (filter-state.ts). */
export type AppDimensionTable = typeof TABLE;

/** The dimension that sets a filter field. */
export function dimensionOf<F extends FilterDimension['field']>(field: F): DimensionOfField<F> {
  return FILTER_DIMENSIONS.find((d) => d.field === field) as DimensionOfField<F>;
}
type DimensionOfField<F> = F extends ListField
  ? ListDimension
  : F extends BitsDimension['field']
    ? BitsDimension
    : F extends RangeDimension['field']
      ? RangeDimension
      : TextDimension;

export const LIST_DIMENSIONS = FILTER_DIMENSIONS.filter((d): d is ListDimension => d.kind === 'list');
export const BITS_DIMENSIONS = FILTER_DIMENSIONS.filter((d): d is BitsDimension => d.kind === 'bits');
