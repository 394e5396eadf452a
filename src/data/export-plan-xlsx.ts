/**
 * The yearly supervision inspection plan (年度监督检查计划, src/domain/supervision/yearly-plan.ts) as
 * an .xlsx file for the inspecting units, written like the other lists (export-xlsx.ts: text cells
 * for names and codes, real dates, bold frozen headers, widths that fit Chinese text):
 * - 汇总 (Summary): the plan's year, data date, start, seed and random share in the header rows,
 *   then the planned inspections by supervision class and month, with a total column and row;
 * - 单位汇总 (By unit): the same by unit, with each unit's monthly capacity and the inspections over
 *   it that balancing could not move;
 * - one sheet per unit with planned inspections (in unit order; 未指定单位 last), one row per planned
 *   inspection, by planned date then enterprise: 计划月份, 计划日期, 企业名称, 统一社会信用代码,
 *   监管类别, 风险等级, 镇街, 上次检查日期, 检查方式 (按频次 or 双随机抽查).
 * The About sheet (说明, export-meta.ts) comes second, after 汇总.
 * Sheet names are valid Excel names ({@link sheetName}). Headers in the language given. Pure, like
 * export-xlsx.ts; the UI loads it with a dynamic `import()`.
 */
import { LEVELS } from '../domain/levels.ts';
import type { Lang } from '../domain/lang.ts';
import {
  PLAN_RANDOM,
  type SupervisionSettings,
  type SupervisionStatus,
  type YearlyPlan,
} from '../domain/supervision/index.ts';
import { dataName, formatNum, tr } from '../domain/text.ts';
import type { EnterpriseColumns } from './columns.ts';
import type { TextColumn } from './dataset.ts';
import { formatDay, NO_DATE } from './dates.ts';
import type { CellKind, ExportTable } from './export-csv.ts';
import type { ExportMeta } from './export-meta.ts';
import { EXPORT_PLAN_TEXT as T } from './export-plan-strings.ts';
import { exportXlsx } from './export-xlsx.ts';

/** What the plan's export reads of a dataset (structural, so tests can pass a small object). */
export interface PlanXlsxSource {
  manifest: { towns: readonly { name: string }[] };
  enterprises: Pick<EnterpriseColumns, 'level' | 'town'>;
  text: { name: Pick<TextColumn, 'get'>; creditCode: Pick<TextColumn, 'get'> };
}

/** The enterprises' class (for the sheets' 监管类别) and last inspection (上次检查日期) at the data date. */
export type PlanStatus = Pick<SupervisionStatus, 'cls' | 'last'>;

/** Excel's longest sheet name, in UTF-16 units. */
const MAX_SHEET_NAME = 31;

/** Cuts a text to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * A valid, unused Excel sheet name for `name`, added to `taken` (lower-cased: Excel compares sheet
 * names without case): the characters Excel refuses (`[ ] : * ? / \` and control characters) become
 * `_`, apostrophes at either end and spaces around are dropped, the name is cut to 31 characters; an
 * empty result is `fallback`; Excel's reserved name History, or a name already taken, gets ` (2)`,
 * ` (3)`… (the name cut to leave room).
 */
export function sheetName(name: string, taken: Set<string>, fallback: string): string {
  let base = name
    .replace(/[[\]:*?/\\\u0000-\u001f\u007f]/g, '_')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  if (base === '') base = fallback;
  base = cut(base, MAX_SHEET_NAME);
  let out = base;
  for (let k = 2; taken.has(out.toLowerCase()) || out.toLowerCase() === 'history'; k++) {
    const suffix = ` (${k})`;
    out = cut(base, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  }
  taken.add(out.toLowerCase());
  return out;
}

const MONTHS = Array.from({ length: 12 }, (_, m) => m + 1);
const monthHeaders = (lang: Lang) => MONTHS.map((m) => tr(lang, T.month, String(m)));
const sum = (a: ArrayLike<number>) => {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k];
  return s;
};

/** A table of counts by month: one row per name, a total column, and a total row. */
function byMonthTable(
  name: string,
  first: string,
  lang: Lang,
  names: readonly string[],
  counts: Int32Array,
  extra: { headers: string[]; values: (row: number) => number[]; total: number[] } | null,
  preamble?: ExportTable['preamble'],
  keep: (row: number) => boolean = () => true,
): ExportTable {
  const rows: (string | number)[][] = names.flatMap((n, r) => {
    if (!keep(r)) return [];
    const months = Array.from(counts.subarray(r * 12, r * 12 + 12));
    return [[n, ...months, sum(months), ...(extra ? extra.values(r) : [])]];
  });
  const columnTotals = MONTHS.map((m) => names.reduce((s, _, r) => s + counts[r * 12 + m - 1], 0));
  rows.push([tr(lang, T.total), ...columnTotals, sum(columnTotals), ...(extra ? extra.total : [])]);
  const headers = [first, ...monthHeaders(lang), tr(lang, T.total), ...(extra ? extra.headers : [])];
  const kinds: CellKind[] = ['text', ...headers.slice(1).map((): CellKind => 'count')];
  return { name, headers, kinds, rows, preamble };
}

const UNIT_COLUMNS = [
  ['plannedMonth', 'count'],
  ['plannedDate', 'date'],
  ['enterprise', 'text'],
  ['creditCode', 'code'],
  ['supervisionClass', 'text'],
  ['level', 'text'],
  ['town', 'text'],
  ['lastInspected', 'date'],
  ['method', 'text'],
] as const satisfies readonly (readonly [keyof typeof T, CellKind])[];

/** The headers of a unit's sheet, in the language given. */
export const planSheetHeaders = (lang: Lang): string[] => UNIT_COLUMNS.map(([k]) => tr(lang, T[k]));

/** The plan as tables: the summary, the summary by unit, then one per unit with planned inspections. */
export function planTables(
  plan: YearlyPlan,
  source: PlanXlsxSource,
  status: PlanStatus,
  settings: SupervisionSettings,
  lang: Lang,
): ExportTable[] {
  const taken = new Set<string>();
  const U = plan.unitNames.length;

  const summaryName = sheetName(tr(lang, T.summarySheet), taken, '');
  const unitSummaryName = sheetName(tr(lang, T.unitSummarySheet), taken, '');
  const preamble = [
    [tr(lang, T.planYear), plan.year],
    [tr(lang, T.dataDate), formatDay(plan.asOf)],
    [tr(lang, T.planStart), formatDay(plan.start)],
    [tr(lang, T.seed), plan.seed],
    [tr(lang, T.share), `${formatNum(lang, plan.share * 100)}%`],
    [],
  ];
  const summary = byMonthTable(
    summaryName,
    tr(lang, T.supervisionClass),
    lang,
    settings.classes.map((c) => dataName(lang, c)),
    plan.byClass,
    null,
    preamble,
  );

  const over = new Int32Array(U);
  for (const o of plan.overflow) over[o.unit] += o.planned - o.capacity;
  const noUnit = tr(lang, T.noUnit);
  const unitLabels = [...plan.unitNames, noUnit];
  const capacityOf = (u: number) => (u < U && plan.capacity[u] >= 0 ? plan.capacity[u] : NaN);
  const byUnit = byMonthTable(
    unitSummaryName,
    tr(lang, T.unit),
    lang,
    unitLabels,
    plan.byUnit,
    {
      headers: [tr(lang, T.capacity), tr(lang, T.overCapacity)],
      values: (u) => [capacityOf(u), u < U && plan.capacity[u] >= 0 ? over[u] : NaN],
      total: [NaN, sum(over)],
    },
    undefined,
    // Units with nothing planned and no capacity given (the towns' patrol offices, 本单位 of self-checks) are left out.
    (u) => plan.byUnit.subarray(u * 12, u * 12 + 12).some((v) => v > 0) || (u < U && plan.capacity[u] >= 0),
  );

  // The rows of each unit (none last), by planned date then enterprise: the plan's rows are in
  // enterprise order and the sort is stable.
  const groups: number[][] = Array.from({ length: U + 1 }, () => []);
  for (let r = 0; r < plan.length; r++) groups[plan.unit[r] < 0 ? U : plan.unit[r]].push(r);
  const headers = planSheetHeaders(lang);
  const kinds = UNIT_COLUMNS.map(([, kind]) => kind);
  const classNames = settings.classes.map((c) => dataName(lang, c));
  const methods = [tr(lang, T.byInterval), tr(lang, T.random)];
  const { town, level } = source.enterprises;
  const towns = source.manifest.towns;
  const unitTables: ExportTable[] = [];
  groups.forEach((rows, u) => {
    if (rows.length === 0) return;
    rows.sort((a, b) => plan.day[a] - plan.day[b]);
    const name = sheetName(u < U ? plan.unitNames[u] : noUnit, taken, tr(lang, T.unit));
    unitTables.push({
      name,
      headers,
      kinds,
      rows: rows.map((r) => {
        const e = plan.enterprise[r];
        const t = town[e];
        return [
          plan.month[r],
          plan.day[r],
          source.text.name.get(e) ?? '',
          source.text.creditCode.get(e) ?? '',
          classNames[status.cls[e]] ?? '',
          LEVELS[level[e]] ? tr(lang, LEVELS[level[e]]) : '',
          t >= 0 && t < towns.length ? towns[t].name : '',
          status.last[e] >= 0 ? status.last[e] : NO_DATE,
          methods[plan.kind[r] === PLAN_RANDOM ? 1 : 0],
        ];
      }),
    });
  });
  return [summary, byUnit, ...unitTables];
}

/** The plan's .xlsx (see the module comment), with the About sheet (说明) second (export-meta.ts). */
export function exportPlanXlsx(
  plan: YearlyPlan,
  source: PlanXlsxSource,
  status: PlanStatus,
  settings: SupervisionSettings,
  meta: ExportMeta,
): Promise<Uint8Array<ArrayBuffer>> {
  return exportXlsx(planTables(plan, source, status, settings, meta.lang), meta);
}

/** The plan as an export names it (the file name, the About sheet): `2027年度监督检查计划` (English: `inspection-plan-2027`). */
export function planListName(year: number, lang: Lang): string {
  return tr(lang, T.fileName, String(year));
}
